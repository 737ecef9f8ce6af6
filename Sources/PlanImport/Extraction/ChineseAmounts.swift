import PlanModel

/// Sums of money written in Chinese numerals after a goal verb: `突破千亿元`, `迈上两千亿元台阶`,
/// `超过五百亿元`. Not a scale class (`千亿级`, read by `NumberUnitParser`), not a numeral
/// with no verb of reaching before it.
enum ChineseAmounts {
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
    return found
  }
}
