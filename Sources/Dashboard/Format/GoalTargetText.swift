import PlanModel

extension Format {
  /// A goal's target as a row shows it, comparable with the latest actual beside it: for a
  /// goal measured from its base year, the level it comes to (`level`, the assessment's
  /// target, known once the base year's actual is recorded), else the change itself —
  /// `−13% (2025)`, `+30%`, `×2`; for a yearly rate the rate alone, `+20%/yr`. Any other goal: its
  /// target figure with its year. A comparator goal (高于全省平均水平): `>3.1 (2027)`, the
  /// comparator's figure in the latest common year (`level`) to be beaten by its own year.
  static func goalTarget(_ goal: Goal, level: Double?, open: String, _ language: Language)
    -> String
  {
    if goal.kind == .comparator {
      return comparatorTarget(level, year: goal.target?.year, open: open)
    }
    guard goal.isChange else { return figureWithYear(goal.target, open: open) }
    let year = goal.target?.year.map { " (\($0))" } ?? ""
    if let level, goal.isFromBaseYear { return number(level) + year }
    // A yearly rate holds every year up to its target year: the rate alone fits a column.
    if goal.kind == .annualRate { return relativeChange(goal, language) ?? open }
    return (relativeChange(goal, language) ?? open) + year
  }

  /// `>3.1 (2027)`: a comparator target, the comparator's latest common-year figure (or the
  /// open mark before one is recorded) to be beaten by the item's own target year. The same
  /// in the panes, the `T` and `C` views, the item's page and the report.
  static func comparatorTarget(_ figure: Double?, year: Int?, open: String) -> String {
    ">" + (figure.map(number) ?? open) + (year.map { " (\($0))" } ?? "")
  }

  /// The change a goal set as a change asks for: `−13%`, `+30%`, `×2`, and a yearly rate
  /// `+20%/yr` (`年均+20%`, `年均+1.5个百分点`); nil without a number.
  static func relativeChange(_ goal: Goal, _ language: Language) -> String? {
    guard let change = figureNumber(goal.target) else { return nil }
    let sign = goal.direction == .down ? "−" : "+"
    switch goal.kind {
    case .growth: return "+" + change + (goal.unit ?? "%")
    case .reduction: return "−" + change + (goal.unit ?? "%")
    case .multiple: return "×" + change
    case .annualRate:
      let unit = goal.unit ?? "%"
      return language == .zh
        ? "年均" + sign + change + unit : sign + change + (unit == "%" ? "%" : " " + unit) + "/yr"
    default: return change + (goal.unit ?? "")
    }
  }
}
