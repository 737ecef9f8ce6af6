/// Classes of enterprises or projects by amount — `超十亿元企业`, `五十亿元企业`, `产值超百亿元企业`,
/// `10亿元以上项目` — are one class only at one amount: a starting count of the ten-billion class
/// (`超十亿元企业17家`) is no baseline of the fifty-billion class (`超五十亿元企业达到6家`), though
/// `十亿元企业` runs inside `五十亿元企业`.
enum AmountClasses {
  /// The money words an amount class ends with.
  static let moneyWords = ["亿元", "万元", "亿"]

  /// The amount a name's class is set at (`五十亿元` → 50, `10亿元` → 10, in the unit's own
  /// count), with its money word; nil when the name sets none.
  static func amount(in name: String) -> (value: Double, unit: String)? {
    for word in moneyWords {
      guard let range = name.textRange(of: word) else { continue }
      let before = name[..<range.lowerBound]
      let chinese = before.reversed().prefix(while: ChineseNumber.isNumeral)
      if !chinese.isEmpty, let value = ChineseNumber.value(Substring(String(chinese.reversed()))) {
        return (Double(value), word)
      }
      let digits = before.reversed().prefix(while: { $0.isNumber || $0 == "." })
      if let value = Double(String(digits.reversed())) { return (value, word) }
    }
    return nil
  }

  /// False when both names set an amount class and the amounts differ.
  static func allows(_ figureMetric: String, for goalMetric: String) -> Bool {
    guard let figure = amount(in: figureMetric), let goal = amount(in: goalMetric),
      figure.unit == goal.unit
    else { return true }
    return figure.value == goal.value
  }
}
