/// Where the base of an assessment — the figure progress is measured from — comes from.
public enum BaseOrigin: String, CaseIterable, Codable, Sendable {
  /// The plan's own baseline figure.
  case plan
  /// An actual recorded for the base year.
  case actual
}

/// The base an assessment measures from, chosen by one rule for every method
/// (docs/assessment.md, "The base"):
/// 1. where the goal names a base year (`base_year`, else its baseline's year), that year's
///    figure: the plan's where it gives one for that year, else the actual recorded for it;
/// 2. where the plan gives no base figure, the latest actual on or before the plan's issue
///    year, else (none recorded that early, or no issue year known) the earliest actual.
struct AssessmentBase: Equatable {
  var year: Int
  var value: Double
  var origin: BaseOrigin

  /// The year the goal measures from, where it names one.
  static func namedYear(of goal: Goal) -> Int? { goal.baseYear ?? goal.baseline?.year }

  /// Rule 1: the named base year's figure, or nil where the goal names no year or that year
  /// has no figure yet.
  static func named(_ goal: Goal, seen: [Actual]) -> AssessmentBase? {
    guard let year = namedYear(of: goal) else { return nil }
    if let baseline = goal.baseline, baseline.year == year, let value = baseline.value {
      return AssessmentBase(year: year, value: value, origin: .plan)
    }
    guard let actual = seen.first(where: { $0.year == year }) else { return nil }
    return AssessmentBase(year: year, value: actual.value, origin: .actual)
  }

  /// Rule 2: the latest actual on or before the issue year (`seen` sorted by year); nil when
  /// there is none that early or no issue year is known.
  static func issueYearActual(seen: [Actual], issueYear: Int?) -> AssessmentBase? {
    guard let issueYear, let actual = seen.last(where: { $0.year <= issueYear }) else {
      return nil
    }
    return AssessmentBase(year: actual.year, value: actual.value, origin: .actual)
  }

  /// Rule 2 with its fallback: the issue year's actual, else the earliest one.
  static func fromActuals(seen: [Actual], issueYear: Int?) -> AssessmentBase? {
    if let base = issueYearActual(seen: seen, issueYear: issueYear) { return base }
    return seen.first.map { AssessmentBase(year: $0.year, value: $0.value, origin: .actual) }
  }

  /// The base of a level goal: rule 1 where its figure comes before the latest actual (a
  /// base in the latest year or after it leaves no span to measure), else rule 2.
  static func choose(_ goal: Goal, seen: [Actual], issueYear: Int?) -> AssessmentBase? {
    if let base = named(goal, seen: seen), let latest = seen.last, base.year < latest.year {
      return base
    }
    return fromActuals(seen: seen, issueYear: issueYear)
  }

  /// The base of a rate goal (年均增长20%), whose plan figure is a rate and not a level: the
  /// actual of the named base year where it comes before the latest, else rule 2 (`seen`
  /// sorted by year, not empty).
  static func ofRate(_ goal: Goal, seen: [Actual], issueYear: Int?) -> AssessmentBase {
    let latest = seen.last!
    if let year = namedYear(of: goal), year < latest.year,
      let actual = seen.first(where: { $0.year == year })
    {
      return AssessmentBase(year: year, value: actual.value, origin: .actual)
    }
    return fromActuals(seen: seen, issueYear: issueYear)!
  }
}

extension Assessment {
  /// Where the base comes from, in words, where it is not the plan's own figure:
  /// "base: 2022 actual". Reports and the screen say it beside the base.
  public var baseNote: String? {
    guard baseOrigin == .actual, let baseYear else { return nil }
    return "base: \(baseYear) actual"
  }

  /// `baseNote` in Chinese: 基期取2022年实际值.
  public var baseNoteZh: String? {
    guard baseOrigin == .actual, let baseYear else { return nil }
    return "基期取\(baseYear)年实际值"
  }
}
