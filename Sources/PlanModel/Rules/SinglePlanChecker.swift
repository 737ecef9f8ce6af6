/// Checks one plan on its own: id form, units, qualifiers, years, ranges, required pairings.
struct SinglePlanChecker {
  let planIndex: Int
  let plan: Plan
  var found: [PlanViolation] = []

  init(planIndex: Int, plan: Plan) {
    self.planIndex = planIndex
    self.plan = plan
  }

  mutating func fail(_ path: @autoclosure () -> [String], _ message: Localized) {
    found.append(PlanViolation(planIndex: planIndex, path: path(), message: message))
  }

  mutating func run() {
    let region = plan.region
    if !IDRules.isWellFormedRegionID(region.id) {
      fail(["region", "id"], RuleText.badRegionID(region.id))
    }
    let horizon = plan.document.horizon
    year(horizon.start, at: ["plan", "horizon", "start"])
    year(horizon.end, at: ["plan", "horizon", "end"])
    if horizon.start > horizon.end {
      fail(["plan", "horizon"], RuleText.horizonBackwards(horizon.start, horizon.end))
    }
    if let issued = plan.document.issued { year(issued.year, at: ["plan", "issued"]) }
    for (i, stage) in plan.document.stages.enumerated() {
      inHorizon(stage.year, at: ["plan", "stages", "\(i)", "year"], what: .stageYear)
    }
    for (i, target) in plan.targets.enumerated() {
      let path = { ["targets", "\(i)"] }
      id(target.id, at: path())
      goal(target.goal, at: path())
      if let stage = target.stage { inHorizon(stage, at: path() + ["stage"], what: .stage) }
    }
    for (i, indicator) in plan.indicators.enumerated() {
      let path = { ["indicators", "\(i)"] }
      id(indicator.id, at: path())
      goal(indicator.goal, at: path())
      if let stage = indicator.stage { inHorizon(stage, at: path() + ["stage"], what: .stage) }
    }
    for (i, cluster) in plan.clusters.enumerated() {
      let path = { ["clusters", "\(i)"] }
      id(cluster.id, at: path())
      if let scale = cluster.scale { figure(scale, at: path() + ["scale"], targetYear: true) }
    }
    for (i, ladder) in plan.ladders.enumerated() {
      let path = { ["ladders", "\(i)"] }
      id(ladder.id, at: path())
      if ladder.tiers.isEmpty { fail(path() + ["tiers"], RuleText.ladderWithoutTiers) }
      for (j, tier) in ladder.tiers.enumerated() {
        let tierPath = { path() + ["tiers", "\(j)"] }
        id(tier.id, at: tierPath())
        unit(tier.unit, at: tierPath() + ["unit"])
        qualifiers(tier.qualifiers, at: tierPath() + ["qualifiers"])
        if let baseline = tier.baseline {
          figure(baseline, at: tierPath() + ["baseline"], targetYear: false)
        }
        if let target = tier.target {
          figure(target, at: tierPath() + ["target"], targetYear: true)
        }
        ordered(tier.baseline, tier.target, at: tierPath())
      }
    }
    for (i, measure) in plan.measures.enumerated() {
      let path = { ["measures", "\(i)"] }
      id(measure.id, at: path())
      if measure.section == nil && (measure.position ?? "").isEmpty {
        fail(path() + ["position"], RuleText.measureWithoutPosition)
      }
      if let due = measure.due { inHorizon(due, at: path() + ["due"], what: .dueYear) }
      for (j, output) in measure.outputs.enumerated() {
        let outputPath = { path() + ["outputs", "\(j)"] }
        unit(output.unit, at: outputPath() + ["unit"])
        figure(output.figure, at: outputPath(), targetYear: true)
      }
    }
    baselineIndicators()
  }

  mutating func id(_ id: String, at path: @autoclosure () -> [String]) {
    if !IDRules.isWellFormed(id) {
      fail(path() + ["id"], RuleText.badID(id))
    } else if !IDRules.belongs(id, toRegion: plan.region.id) {
      fail(path() + ["id"], RuleText.idOutsideRegion(id, region: plan.region.id))
    }
  }

  mutating func goal(_ goal: Goal, at path: @autoclosure () -> [String]) {
    unit(goal.unit, at: path() + ["unit"])
    qualifiers(goal.qualifiers, at: path() + ["qualifiers"])
    if goal.unit == nil, goal.baseline?.hasNumber == true || goal.target?.hasNumber == true {
      fail(path() + ["unit"], RuleText.numberWithoutUnit)
    }
    if let baseline = goal.baseline {
      figure(baseline, at: path() + ["baseline"], targetYear: false)
    }
    if let target = goal.target { figure(target, at: path() + ["target"], targetYear: true) }
    if let baseYear = goal.baseYear { year(baseYear, at: path() + ["base_year"]) }
    ordered(goal.baseline, goal.target, at: path())
    if goal.kind == .comparator, (goal.comparator ?? "").isEmpty {
      fail(path() + ["comparator"], RuleText.comparatorMissing)
    }
  }

  mutating func figure(_ figure: Figure, at path: @autoclosure () -> [String], targetYear: Bool) {
    if let year = figure.year {
      if targetYear {
        inHorizon(year, at: path() + ["year"], what: .targetYear)
      } else {
        self.year(year, at: path() + ["year"])
      }
    }
    if let min = figure.min, let max = figure.max, min > max {
      fail(path() + ["min"], RuleText.rangeBackwards(format(min), format(max)))
    }
    if figure.value != nil && figure.isRange {
      fail(path() + ["value"], RuleText.valueAndRange)
    }
    qualifiers(figure.qualifiers, at: path() + ["qualifiers"])
  }

  mutating func ordered(
    _ baseline: Figure?, _ target: Figure?, at path: @autoclosure () -> [String]
  ) {
    if let from = baseline?.year, let to = target?.year, from > to {
      fail(path() + ["target", "year"], RuleText.targetBeforeBaseline(to, from))
    }
  }

  mutating func unit(_ unit: String?, at path: @autoclosure () -> [String]) {
    guard let unit else { return }
    if !KnownUnits.contains(unit) {
      fail(path(), RuleText.unknownUnit(unit))
    }
  }

  mutating func qualifiers(_ qualifiers: [String], at path: @autoclosure () -> [String]) {
    for (i, qualifier) in qualifiers.enumerated() where !KnownQualifiers.contains(qualifier) {
      fail(path() + ["\(i)"], RuleText.unknownQualifier(qualifier, known: KnownQualifiers.all))
    }
  }

  mutating func year(_ year: Int, at path: @autoclosure () -> [String]) {
    if !YearRules.isValid(year) {
      fail(path(), RuleText.yearOutOfRange(year))
    }
  }

  mutating func inHorizon(
    _ year: Int, at path: @autoclosure () -> [String], what: RuleText.YearRole
  ) {
    let horizon = plan.document.horizon
    if !YearRules.isValid(year) {
      self.year(year, at: path())
    } else if year > horizon.end || year < horizon.start {
      fail(path(), RuleText.outsideHorizon(what, year, horizon))
    }
  }

  func format(_ number: Double) -> String { FigureText.exact(number) }
}
