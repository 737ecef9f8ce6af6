/// `研发经费投入强度达到3.2%,比2025年提高0.6个百分点`: a change in points against a base year, in
/// a clause with no subject of its own right after a share goal of the same thing, says the goal
/// again (the level less the base year's): no goal of its own.
enum RestatedChanges {
  /// Words that open a change against a base (`比2025年`, `较上年`).
  static let baseLeads = ["比", "较"]
  static let pointUnits = ["个百分点", "百分点"]

  /// `goals` without the changes that restate the share goal before them.
  static func dropped(_ goals: [GoalCandidate]) -> [GoalCandidate] {
    var kept: [GoalCandidate] = []
    for candidate in goals {
      if let level = kept.last, restates(candidate, level) { continue }
      kept.append(candidate)
    }
    return kept
  }

  static func restates(_ change: GoalCandidate, _ level: GoalCandidate) -> Bool {
    guard let unit = change.goal.unit, pointUnits.contains(unit), level.goal.unit == "%",
      level.goal.target?.hasNumber == true, change.metric == level.metric,
      change.goal.target?.year == level.goal.target?.year
    else { return false }
    let clause = PlanTextCharacters.trimmed(change.sourceText)
    return baseLeads.contains(where: clause.hasPrefix)
  }
}
