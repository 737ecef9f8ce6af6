/// Time-elapsed progress (序时进度) of a measure or target as of one year: the share of its
/// period elapsed against the share done.
public struct ScheduleProgress: Hashable, Codable, Sendable {
  /// The period: from the plan's issue year to the due (or target) year.
  public var startYear: Int
  public var endYear: Int
  public var asOf: Int
  /// Share of the period elapsed, 0…1.
  public var elapsed: Double
  /// Share done, 0…1: actual ÷ target where quantified, else 0 todo, ½ in progress or
  /// blocked, 1 done. `nil` where nothing tells (a target with no actual or no number).
  public var done: Double?

  public init(startYear: Int, endYear: Int, asOf: Int, elapsed: Double, done: Double?) {
    self.startYear = startYear
    self.endYear = endYear
    self.asOf = asOf
    self.elapsed = elapsed
    self.done = done
  }

  /// The schedule of a period as of a year, given the share done.
  public init(startYear: Int, endYear: Int, asOf: Int, done: Double?) {
    let elapsed: Double
    if endYear <= startYear {
      elapsed = asOf >= endYear ? 1 : 0
    } else {
      elapsed = min(1, max(0, Double(asOf - startYear) / Double(endYear - startYear)))
    }
    self.init(
      startYear: startYear, endYear: endYear, asOf: asOf, elapsed: elapsed,
      done: done.map { min(1, max(0, $0)) })
  }

  /// Points (of 100) by which the share done trails the share elapsed.
  public var trailingPoints: Double? { done.map { (elapsed - $0) * 100 } }

  /// Done trails elapsed by more than 10 points.
  public var isBehind: Bool {
    guard let trailingPoints else { return false }
    return trailingPoints > 10 + 1e-9
  }

  /// The due year is past and it is not done.
  public var isOverdue: Bool { asOf > endYear && (done ?? 0) < 1 }
}
