/// A cluster's scale (`力争500亿级` by 2027) read as a goal, so that it is assessed, recorded
/// and shown like any target (docs/assessment.md, "Cluster scale").
extension Cluster {
  /// The unit a cluster's scale is stated in.
  public static let scaleUnit = "亿元"

  /// The scale as an absolute goal in 亿元, rising, with the scale (a range's lower bound)
  /// as its target in the scale's year; `nil` when the plan gives the cluster no scale figure.
  public var scaleGoal: Goal? {
    guard let scale, scale.hasNumber else { return nil }
    return Goal(
      kind: .absolute, direction: .up, unit: Self.scaleUnit, target: scale,
      qualifiers: scale.qualifiers)
  }
}

extension Catalog {
  /// The goal an item is assessed against: a target's or an indicator's goal, a ladder
  /// tier's counts, or a cluster's scale; `nil` for anything else.
  public func assessableGoal(_ id: String) -> Goal? {
    goal(id) ?? tier(id)?.goal ?? cluster(id)?.scaleGoal
  }
}
