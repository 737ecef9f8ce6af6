/// Chinese numerals as plans print them in headings and counts: 一 … 十, 十一, 二十三, 百.
enum ChineseNumber {
  static let digits: [Character: Int] = [
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
    "九": 9,
  ]
  static let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000]

  static func isNumeral(_ c: Character) -> Bool { digits[c] != nil || units[c] != nil }

  /// The value of a run of Chinese numerals, or nil when it is not one (十二 → 12, 二十 → 20).
  static func value(_ text: Substring) -> Int? {
    guard !text.isEmpty else { return nil }
    var total = 0
    var pending: Int?
    for c in text {
      if let d = digits[c] {
        pending = (pending ?? 0) * 10 + d
      } else if let u = units[c] {
        total += (pending ?? 1) * u
        pending = nil
      } else {
        return nil
      }
    }
    return total + (pending ?? 0)
  }
}
