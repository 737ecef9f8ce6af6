import PlanImport
import PlanModel

/// The items the import benchmark compares, one list per kind, each item reduced to what
/// must match for it to count: figures, unit and year (a goal), name and scale (a cluster),
/// name and count (a ladder step), title and units (a measure), number and title (a heading).
struct BenchItems {
  struct Goal: Hashable {
    var numbers: [Double]
    var unit: String?
    var year: Int?
    var words: String
  }

  var goals: [Goal] = []
  var baselines: [Goal] = []
  var clusters: [(name: String, scale: Double?)] = []
  var steps: [(name: String, count: Double?)] = []
  var measures: [(title: String, lead: Set<String>, responsible: Set<String>)] = []
  var headings: [(number: String, title: String)] = []

  /// `startingFigures`: count the plan's baseline indicators among the baselines (only where
  /// the sample plan records its own, so that a sample without them does not count the
  /// draft's as wrong).
  init(_ plan: Plan, headings outline: [OutlineHeading]? = nil, startingFigures: Bool = true) {
    var stated: [(String, PlanModel.Goal)] =
      plan.targets.map { ($0.metric + $0.source.text.orEmpty, $0.goal) }
      + plan.indicators.map { ($0.name + $0.source.text.orEmpty, $0.goal) }
    for measure in plan.measures {
      for output in measure.outputs {
        goals.append(Self.goal(output.metric + measure.text, output.figure, unit: output.unit))
      }
      measures.append(
        (Self.plain(measure.title), Set(measure.leadUnits), Set(measure.responsibleUnits)))
    }
    for ladder in plan.ladders {
      for tier in ladder.tiers {
        steps.append((Self.plain(tier.name), tier.target?.threshold))
        if let target = tier.target, target.hasNumber {
          let goal = PlanModel.Goal(
            kind: .count, direction: .up, unit: tier.unit, baseline: tier.baseline, target: target)
          stated.append((tier.name + tier.source.text.orEmpty, goal))
        } else if let baseline = tier.baseline, baseline.hasNumber {
          // A step's starting count stated without a target is still a stated baseline.
          baselines.append(
            Self.goal(tier.name + tier.source.text.orEmpty, baseline, unit: tier.unit))
        }
      }
    }
    for (words, goal) in stated {
      goals.append(Self.goal(words, goal.target, unit: goal.unit))
      if let baseline = goal.baseline, baseline.hasNumber {
        baselines.append(Self.goal(words, baseline, unit: goal.unit))
      }
    }
    if startingFigures {
      baselines += plan.baselineIndicators.map {
        Self.goal($0.name + $0.source.text.orEmpty, $0.baseline, unit: $0.unit)
      }
    }
    clusters = plan.clusters.map { (Self.clusterName($0.name), $0.scale?.threshold) }
    headings = (outline ?? plan.outline).filter(\.inText).map { ($0.number, $0.title) }
  }

  static func goal(_ words: String, _ figure: Figure?, unit: String?) -> Goal {
    let numbers = [figure?.value, figure?.min, figure?.max].compactMap { $0 }
    return Goal(
      numbers: numbers, unit: numbers.isEmpty ? nil : unit, year: figure?.year, words: words)
  }

  static func plain(_ text: String) -> String {
    String(text.filter { !"“”\"‘’《》 ".contains($0) })
  }

  static func clusterName(_ name: String) -> String {
    var text = plain(name)
    for suffix in ["产业集群", "集群", "产业"] where text.hasSuffix(suffix) && text.count > suffix.count + 1
    {
      text.removeLast(suffix.count)
      break
    }
    return text
  }
}

extension Optional where Wrapped == String {
  fileprivate var orEmpty: String { self ?? "" }
}

/// Recall and precision of one list: each drafted item matched to at most one expected item
/// (those that match one exactly first, so that a looser match cannot take another's item).
struct BenchScore {
  var expected = 0
  var drafted = 0
  var matched = 0
  var misses: [String] = []
  var extras: [String] = []

  static func score<E, D>(
    expected: [E], drafted: [D], describe: (Any) -> String,
    exactly: ((E, D) -> Bool)? = nil, matches: (E, D) -> Bool
  ) -> BenchScore {
    var score = BenchScore(expected: expected.count, drafted: drafted.count)
    var taken = Array(repeating: false, count: expected.count)
    var placed = Array(repeating: false, count: drafted.count)
    for exact in [true, false] where !exact || exactly != nil {
      for (position, item) in drafted.enumerated() where !placed[position] {
        if let index = expected.indices.first(where: { index in
          !taken[index]
            && (exact ? exactly?(expected[index], item) == true : matches(expected[index], item))
        }) {
          taken[index] = true
          placed[position] = true
          score.matched += 1
        }
      }
    }
    score.extras = drafted.indices.filter { !placed[$0] }.map { describe(drafted[$0]) }
    score.misses = expected.indices.filter { !taken[$0] }.map { describe(expected[$0]) }
    return score
  }

  static func + (a: BenchScore, b: BenchScore) -> BenchScore {
    BenchScore(
      expected: a.expected + b.expected, drafted: a.drafted + b.drafted,
      matched: a.matched + b.matched,
      misses: a.misses + b.misses, extras: a.extras + b.extras)
  }

  var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }
  var precision: Double {
    drafted == 0 ? (expected == 0 ? 1 : 0) : Double(matched) / Double(drafted)
  }
}
