/// Everything recorded about progress at one moment, keyed by the plan files' stable ids.
/// Ids in none of the loaded plans are kept too (orphans).
public struct ProgressSnapshot: Hashable, Sendable {
  public var measures: [String: MeasureProgress]
  /// Actuals per item id, sorted by year, one per year.
  public var actuals: [String: [Actual]]

  public init(measures: [String: MeasureProgress] = [:], actuals: [String: [Actual]] = [:]) {
    self.measures = measures
    self.actuals = actuals
  }

  public func status(of measureID: String) -> MeasureStatus {
    measures[measureID]?.status ?? .todo
  }

  /// The most recent actual of an item, by year.
  public func latestActual(of itemID: String) -> Actual? { actuals[itemID]?.last }
}
