import PlanModel

/// How Chinese place names are read where a character has several readings and the usual
/// one is not the place name's: `都` is `du` in 都江堰 and 都匀 (not `dou`), `重` is `chong`
/// in 重庆, `长` `chang` in 长沙, `厦` `xia` in 厦门, `蚌` `beng` in 蚌埠. A few characters
/// read one way in some names only (`六` is `lu` in 六安 and 六合 but `liu` in 六盘水): those
/// are listed as the names they stand in. About characters and their readings in place
/// names generally (the official romanisations), not about any one plan.
enum PlaceNameReadings {
  /// The reading a character takes in place names, where it differs from its usual one.
  static let characters: [Character: String] = [
    "都": "du", "重": "chong", "长": "chang", "厦": "xia", "蚌": "beng", "藏": "zang",
    "番": "pan", "单": "shan", "铅": "yan", "涡": "guo", "蔚": "yu", "浚": "xun", "泌": "bi",
    "枞": "zong", "犍": "qian", "什": "shi", "浒": "xu", "解": "xie", "泊": "bo", "曾": "zeng",
    "栎": "yue", "筠": "jun", "覃": "qin",
  ]

  /// Names whose reading depends on the neighbouring character.
  static let words: [String: String] = [
    "六安": "luan", "六合": "luhe", "乐清": "yueqing", "洪洞": "hongtong", "乐亭": "laoting",
    "大埔": "dabu", "吴堡": "wubu", "尉犁": "yuli", "长子": "zhangzi",
  ]

  /// The pinyin of a place name, lower-case, syllables run together (`都匀` → `duyun`,
  /// `六安` → `luan`); characters without a reading are left out.
  static func pinyin(of name: String) -> String {
    var result = ""
    var rest = Substring(name)
    while let first = rest.first {
      if let (word, reading) = words.first(where: { rest.hasPrefix($0.key) }) {
        result += reading
        rest = rest.dropFirst(word.count)
        continue
      }
      if let reading = characters[first] {
        result += reading
      } else {
        result += first.unicodeScalars.compactMap(Pinyin.usualReading(of:)).joined()
      }
      rest = rest.dropFirst()
    }
    return result
  }
}
