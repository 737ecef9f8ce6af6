import PlanModel

extension Format {
  /// Whether a goal is measured from its base year (增长30%, 下降13%, 倍增): its figures are
  /// then the metric's levels, whose unit the plan does not give, and its target is a change.
  static func isRelative(_ goal: Goal) -> Bool {
    [.growth, .reduction, .multiple].contains(goal.kind)
  }

  /// A goal's target as a row shows it, comparable with the latest actual beside it: for a
  /// goal measured from its base year, the level it comes to (`level`, the assessment's
  /// target, known once the base year's actual is recorded), else the change itself —
  /// `−13% (2025)`, `+30%`, `×2`. Any other goal: its target figure with its year.
  static func goalTarget(_ goal: Goal, level: Double?, open: String) -> String {
    guard isRelative(goal) else { return figureWithYear(goal.target, open: open) }
    let year = goal.target?.year.map { " (\($0))" } ?? ""
    if let level { return number(level) + year }
    return (relativeChange(goal) ?? open) + year
  }

  /// The change a relative goal asks for: `−13%`, `+30%`, `×2`; nil without a number.
  static func relativeChange(_ goal: Goal) -> String? {
    guard let change = figureNumber(goal.target) else { return nil }
    switch goal.kind {
    case .growth: return "+" + change + (goal.unit ?? "%")
    case .reduction: return "−" + change + (goal.unit ?? "%")
    case .multiple: return "×" + change
    default: return change + (goal.unit ?? "")
    }
  }

  /// The unit a goal's figures are shown in: none for a relative goal (see `isRelative`).
  static func goalUnit(_ goal: Goal) -> String? {
    isRelative(goal) ? nil : goal.unit
  }
}
