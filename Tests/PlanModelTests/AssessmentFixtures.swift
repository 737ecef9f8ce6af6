import PlanModel

/// Small builders for assessment tests: a series of actuals and goals written inline.
enum AssessmentFixtures {
  static func series(_ points: [(Int, Double)], id: String = "r.target.t") -> [Actual] {
    points.map { Actual(itemID: id, year: $0.0, value: $0.1) }
  }

  static func goal(
    _ kind: GoalKind = .absolute, _ direction: Direction = .up, unit: String? = "亿元",
    baseline: Figure? = nil, target: Figure? = nil, baseYear: Int? = nil,
    qualifiers: [String] = [], perYear: Bool = false
  ) -> Goal {
    Goal(
      kind: kind, direction: direction, unit: unit, baseline: baseline, target: target,
      baseYear: baseYear, qualifiers: qualifiers, perYear: perYear)
  }
}

/// |a − b| ≤ tolerance, for ratios worked out by hand to four or five places.
func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-4) -> Bool {
  guard let a else { return false }
  return abs(a - b) <= tolerance
}
