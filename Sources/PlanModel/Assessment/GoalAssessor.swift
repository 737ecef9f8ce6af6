/// Assesses one goal (a target's or an indicator's, or a ladder tier read as a count) as of
/// one year from its recorded actuals. Pure: the same figures always give the same answer.
public enum GoalAssessor {
  /// - Parameters:
  ///   - actuals: the item's actuals, any order; those after `asOf` are ignored.
  ///   - comparator: the comparator series (`<id>.comparator`) for comparator goals.
  ///   - issueYear: the year the plan was issued: where the plan gives no base figure, the
  ///     latest actual on or before it is the base (`AssessmentBase`); nil takes the earliest.
  public static func assess(
    _ goal: Goal, actuals: [Actual], comparator: [Actual] = [], asOf: Int, issueYear: Int? = nil
  ) -> Assessment {
    var result = compute(
      goal, actuals: actuals, comparator: comparator, asOf: asOf, issueYear: issueYear)
    // Whatever could be computed, the plan's own figures are shown where nothing replaced them.
    if result.targetYear == nil { result.targetYear = goal.target?.year }
    if result.targetValue == nil && goal.kind != .comparator {
      result.targetValue = goal.target?.threshold
    }
    if result.baseYear == nil && result.baseValue == nil {
      result.baseYear = goal.baseline?.year
      result.baseValue = goal.baseline?.value
      if goal.baseline?.value != nil { result.baseOrigin = .plan }
    }
    return result
  }

  static func compute(
    _ goal: Goal, actuals: [Actual], comparator: [Actual], asOf: Int, issueYear: Int?
  ) -> Assessment {
    let seen = actuals.filter { $0.year <= asOf }.sorted { $0.year < $1.year }
    if actuals.isEmpty && goal.kind != .comparator {
      return .notAssessable(AssessmentReason.noActual, asOf: asOf)
    }
    if seen.isEmpty && goal.kind != .comparator {
      return .notAssessable(AssessmentReason.noActual(by: asOf), asOf: asOf)
    }
    switch goal.kind {
    case .comparator:
      return ComparatorAssessor.assess(goal, own: seen, comparator: comparator, asOf: asOf)
    case .annualRate:
      return annualRate(goal, seen: seen, asOf: asOf, issueYear: issueYear)
    case .growth, .multiple, .reduction:
      return relative(goal, seen: seen, asOf: asOf, issueYear: issueYear)
    default:
      if goal.perYear { return perYear(goal, seen: seen, asOf: asOf) }
      let base = AssessmentBase.choose(goal, seen: seen, issueYear: issueYear)
      guard let target = goal.target?.threshold else {
        return directionOnly(goal, base: base, seen: seen, asOf: asOf)
      }
      return RequiredGrowth.assess(
        base: base, target: target, targetYear: goal.target?.year, d: GrowthMath.sign(goal),
        binary: isBinary(goal), seen: seen, asOf: asOf)
    }
  }

  /// 零突破: a count from nothing to its first one, which is reached or not.
  static func isBinary(_ goal: Goal) -> Bool {
    if goal.qualifiers.contains("零突破") { return true }
    return goal.kind == .count && goal.baseline?.value == 0 && goal.target?.threshold == 1
  }

  /// 倍增, 较2023年增长30%, 较2022年下降13%: a level once the base year's figure is known; where
  /// the plan names no base year, the latest actual on or before the issue year is the base.
  static func relative(_ goal: Goal, seen: [Actual], asOf: Int, issueYear: Int?) -> Assessment {
    guard let number = goal.target?.threshold else {
      return .notAssessable(AssessmentReason.noNumber(goal.kind), asOf: asOf)
    }
    let base: AssessmentBase
    if let baseYear = AssessmentBase.namedYear(of: goal) {
      guard let named = AssessmentBase.named(goal, seen: seen) else {
        return .notAssessable(AssessmentReason.noBaseActual(baseYear), asOf: asOf)
      }
      base = named
    } else {
      guard let issueYear else {
        return .notAssessable(AssessmentReason.noBaseYear, asOf: asOf)
      }
      guard let latest = AssessmentBase.issueYearActual(seen: seen, issueYear: issueYear) else {
        return .notAssessable(AssessmentReason.noIssueYearActual(issueYear), asOf: asOf)
      }
      base = latest
    }
    let level: Double
    switch goal.kind {
    case .multiple: level = base.value * number
    case .reduction: level = base.value * (1 - number / 100)
    default: level = base.value * (1 + number / 100)
    }
    return RequiredGrowth.assess(
      base: base, target: level, targetYear: goal.target?.year, d: GrowthMath.sign(goal),
      binary: false, seen: seen.filter { $0.year >= base.year }, asOf: asOf)
  }

  /// No number: the observed CAGR, signed by direction, against 1.5%, 0.5% and 0.
  static func directionOnly(_ goal: Goal, base: AssessmentBase?, seen: [Actual], asOf: Int)
    -> Assessment
  {
    let latest = seen.last!
    guard let start = base, start.year < latest.year else {
      return .notAssessable(AssessmentReason.oneFigure(latest.year, .trend), asOf: asOf)
    }
    guard
      let rate = GrowthMath.cagr(
        from: start.value, to: latest.value, years: latest.year - start.year)
    else {
      return .notAssessable(AssessmentReason.signChanges, asOf: asOf)
    }
    let d = GrowthMath.sign(goal)
    let status: AssessmentStatus
    if goal.direction == .keep {
      // Held, not grown: not falling away from where it stood is on track.
      status = d * rate >= 0 ? .onTrack : .deterioration
    } else {
      status = AssessmentStatus.band(directedGrowth: d * rate)
    }
    return Assessment(
      status: status, method: .directionOnly, asOf: asOf, baseYear: start.year,
      baseValue: start.value, baseOrigin: start.origin, latestYear: latest.year,
      latestValue: latest.value, targetYear: goal.target?.year, observedRate: rate)
  }

  /// 年均增长20% (%): the observed CAGR of the recorded levels, in %; 年均提高1.5个百分点:
  /// the mean yearly change of the recorded levels, in points. R = d·observed / |target|.
  /// The rate runs from the base's actual (`AssessmentBase.ofRate`).
  static func annualRate(_ goal: Goal, seen: [Actual], asOf: Int, issueYear: Int?)
    -> Assessment
  {
    guard let rate = goal.target?.threshold, rate != 0 else {
      return .notAssessable(AssessmentReason.noYearlyRate, asOf: asOf)
    }
    let latest = seen.last!
    let first = AssessmentBase.ofRate(goal, seen: seen, issueYear: issueYear)
    let years = latest.year - first.year
    guard years > 0 else {
      return .notAssessable(AssessmentReason.oneFigure(latest.year, .yearlyRate), asOf: asOf)
    }
    let observed: Double
    if goal.unit == "个百分点" {
      observed = (latest.value - first.value) / Double(years)
    } else {
      guard let cagr = GrowthMath.cagr(from: first.value, to: latest.value, years: years) else {
        return .notAssessable(AssessmentReason.signChanges, asOf: asOf)
      }
      observed = cagr * 100
    }
    let d = GrowthMath.sign(goal)
    let ratio = d * observed / abs(rate)
    var status = AssessmentStatus.band(ratio: ratio)
    if let year = goal.target?.year, latest.year >= year, ratio >= 1 { status = .achieved }
    return Assessment(
      status: status, method: .annualRate, asOf: asOf, baseYear: first.year,
      baseValue: first.value, baseOrigin: .actual, latestYear: latest.year,
      latestValue: latest.value,
      targetYear: goal.target?.year, targetValue: rate, observedRate: observed, ratio: ratio)
  }

  /// 每年…12个: the mean of the yearly figures against the yearly number.
  static func perYear(_ goal: Goal, seen: [Actual], asOf: Int) -> Assessment {
    guard let number = goal.target?.threshold, number != 0 else {
      return .notAssessable(AssessmentReason.noYearlyNumber, asOf: asOf)
    }
    let mean = seen.map(\.value).reduce(0, +) / Double(seen.count)
    let ratio = GrowthMath.sign(goal) * mean / abs(number)
    var status = AssessmentStatus.band(ratio: ratio)
    let latest = seen.last!
    if let year = goal.target?.year, latest.year >= year, ratio >= 1 { status = .achieved }
    return Assessment(
      status: status, method: .perYear, asOf: asOf, baseYear: seen.first!.year,
      baseValue: seen.first!.value, baseOrigin: .actual, latestYear: latest.year,
      latestValue: latest.value,
      targetYear: goal.target?.year, targetValue: number, observedRate: mean, ratio: ratio)
  }
}
