import PlanModel

/// Sums of money written in Chinese numerals after a goal verb: `突破千亿元`, `迈上两千亿元台阶`,
/// `超过五百亿元`; and the sum that names a class of places the plan's place is to join or
/// become (`进入增加值万亿城市行列` → 1 万亿元, `打造百亿园区经济` → 100 亿元). Not a scale class
/// (`千亿级`, read by `NumberUnitParser`), not a numeral with no verb of reaching before it; and
/// a count after a verb of adding (`新增两款车型`).
enum ChineseAmounts {
  /// The places a sum may name a class of (`万亿城市`, `千亿县`, `百亿园区`).
  static let placeClasses = ["城市", "强市", "强县", "县", "园区", "开发区", "强区"]
  /// Verbs of joining or becoming such a class, anywhere before the sum in its clause.
  static let joinVerbs = ["进入", "迈入", "跻身", "跨入", "挺进", "打造", "建成", "成为"]

  /// The verbs a Chinese-numeral amount must follow directly.
  static let verbs = ["突破", "超过", "达到", "迈上", "迈入", "跨上", "超", "达"]

  static func figures(in clause: Substring) -> [FigureReading] {
    var found: [FigureReading] = []
    var index = clause.startIndex
    while index < clause.endIndex {
      let numerals = clause[index...].prefix(while: ChineseNumber.isNumeral)
      guard !numerals.isEmpty else {
        index = clause.index(after: index)
        continue
      }
      defer { index = numerals.endIndex }
      let rest = clause[numerals.endIndex...]
      guard verbs.contains(where: clause[..<numerals.startIndex].hasSuffix),
        let value = ChineseNumber.value(numerals), value >= 10,
        let unit = KnownUnits.money.sorted(by: { $0.count > $1.count }).first(where: rest.hasPrefix)
      else { continue }
      found.append(
        FigureReading(
          value: Double(value), unit: unit,
          range: numerals.startIndex..<clause.index(numerals.endIndex, offsetBy: unit.count),
          writtenInChinese: true))
    }
    return found + placeClassSums(in: clause) + counts(in: clause)
  }

  /// Verbs of adding that a count in Chinese numerals may follow directly (`新增两款车型`).
  static let addingVerbs = ["新增", "新推出", "推出", "新开发"]
  /// The counters such a count may take.
  static let counters = ["款", "个", "项", "条", "座", "台", "家"]

  /// `新增两款纯电平台车型`: a count of two or more in Chinese numerals right after a verb of
  /// adding, with its counter.
  static func counts(in clause: Substring) -> [FigureReading] {
    var found: [FigureReading] = []
    for verb in addingVerbs {
      var search = clause.startIndex
      while let range = clause[search...].textRange(of: verb) {
        search = range.upperBound
        let numerals = clause[range.upperBound...].prefix(while: ChineseNumber.isNumeral)
        guard let value = ChineseNumber.value(numerals), value >= 2,
          let counter = counters.first(where: clause[numerals.endIndex...].hasPrefix)
        else { continue }
        found.append(
          FigureReading(
            value: Double(value), unit: counter,
            range: numerals.startIndex..<clause.index(numerals.endIndex, offsetBy: counter.count),
            writtenInChinese: true))
      }
    }
    return found
  }

  /// `进入…万亿城市行列`, `跻身千亿县行列`, `打造百亿园区`: the sum (`万亿` → 1 万亿元,
  /// `两千亿` → 2000 亿元), when a verb of joining stands before it and a place class after it.
  static func placeClassSums(in clause: Substring) -> [FigureReading] {
    var found: [FigureReading] = []
    var search = clause.startIndex
    while let yi = clause[search...].firstIndex(of: "亿") {
      search = clause.index(after: yi)
      let head = clause[..<yi]
      let tenThousands = head.hasSuffix("万")
      let numeralsEnd = tenThousands ? head.index(before: head.endIndex) : head.endIndex
      let numerals = head[..<numeralsEnd].reversed().prefix(while: ChineseNumber.isNumeral)
      let start = head.index(numeralsEnd, offsetBy: -numerals.count)
      guard tenThousands || !numerals.isEmpty,
        placeClasses.contains(where: clause[search...].hasPrefix),
        joinVerbs.contains(where: clause[..<start].contains),
        start == clause.startIndex
          || !PlanTextCharacters.isDigit(clause[clause.index(before: start)])
      else { continue }
      let count = numerals.isEmpty ? 1 : ChineseNumber.value(clause[start..<numeralsEnd])
      guard let count, count >= 1 else { continue }
      found.append(
        FigureReading(
          value: Double(count), unit: tenThousands ? "万亿元" : "亿元", range: start..<search,
          writtenInChinese: true))
    }
    return found
  }
}
