/// The progress measure for a target with a number: the observed CAGR from the base to the
/// latest actual against the CAGR required to reach the target in its year,
/// R = d · CAGR_observed / |CAGR_required|.
enum RequiredGrowth {
  /// `base` is chosen by the caller (`AssessmentBase`); a 零突破 target (`binary`) shows the
  /// plan's baseline only.
  static func assess(
    base: AssessmentBase?, target: Double, targetYear: Int?, d: Double, binary: Bool,
    seen: [Actual], asOf: Int
  ) -> Assessment {
    guard let latest = seen.last else {
      return .notAssessable(AssessmentReason.noActual(by: asOf), asOf: asOf)
    }
    var result = Assessment(
      status: .notAssessable, method: binary ? .binary : .requiredGrowth, asOf: asOf,
      latestYear: latest.year, latestValue: latest.value, targetYear: targetYear,
      targetValue: target)
    // Achieved whatever the trend; the rates are still worked out where they can be, to show.
    let achieved = GrowthMath.meets(latest.value, target, d: d)
    if binary {
      result.status = achieved ? .achieved : .notAchieved
      return result
    }
    result = rates(result, base: base, target: target, d: d, seen: seen)
    if achieved {
      result.status = .achieved
      result.reason = nil
    }
    return result
  }

  /// R and the two rates, or the reason they cannot be had.
  private static func rates(
    _ start: Assessment, base chosen: AssessmentBase?, target: Double, d: Double,
    seen: [Actual]
  ) -> Assessment {
    var result = start
    let latest = seen.last!
    let targetYear = start.targetYear
    let base = chosen.map { ($0.year, $0.value) } ?? (latest.year, latest.value)
    result.baseYear = base.0
    result.baseValue = base.1
    result.baseOrigin = chosen?.origin ?? .actual
    guard base.0 < latest.year else {
      result.reason = AssessmentReason.oneFigure(latest.year, .progress)
      return result
    }
    guard let targetYear else {
      result.reason = AssessmentReason.noTargetYear
      return result
    }
    guard targetYear > base.0 else {
      result.reason = AssessmentReason.targetNotAfterBase(targetYear, base.0)
      return result
    }
    guard
      let observed = GrowthMath.cagr(from: base.1, to: latest.value, years: latest.year - base.0),
      let required = GrowthMath.cagr(from: base.1, to: target, years: targetYear - base.0)
    else {
      result.reason = AssessmentReason.signChanges
      return result
    }
    // All figures negative: the ratio of levels runs against the levels, so d flips.
    let directed = (base.1 < 0 ? -d : d) * observed
    let ratio: Double
    if required == 0 {
      // Base already equal to the target (and the latest short of it).
      ratio = directed > 0 ? .infinity : (directed < 0 ? -.infinity : 0)
    } else {
      ratio = directed / abs(required)
    }
    result.observedRate = observed
    result.requiredRate = required
    result.ratio = ratio
    result.status = AssessmentStatus.band(ratio: ratio)
    return result
  }
}
