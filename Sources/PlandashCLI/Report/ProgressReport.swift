import PlanModel

/// What a 督查 meeting needs, as of one year: counts by status, every target's assessment
/// with its figures and schedule, and the overdue and behind-schedule measures by unit.
/// Built once; every format (text, Markdown, CSV, JSON) prints the same values.
struct ProgressReport {
  struct TargetLine {
    var item: AssessedItem
    var schedule: ScheduleProgress
  }

  var asOf: Int
  var region: String?
  var unit: String?
  var targets: [TargetLine]
  var targetCounts: [AssessmentStatus: Int]
  var measureCounts: [MeasureStatus: Int]
  var measureTotal: Int
  var overdueCount: Int
  var behindCount: Int
  /// The units with late measures, by name.
  var units: [UnitProgress]

  init(catalog: Catalog, snapshot: ProgressSnapshot, asOf: Int, region: String?, unit: String?) {
    self.asOf = asOf
    self.region = region
    self.unit = unit
    let plans = catalog.plans.filter { region == nil || $0.region.id == region }
    func matches(_ units: [String]) -> Bool {
      guard let unit else { return true }
      return units.contains { $0.contains(unit) }
    }

    // Measures in scope: all, or those the unit leads or is responsible for.
    var measureCounts: [MeasureStatus: Int] = [:]
    var measureTotal = 0
    var overdue = 0
    var behind = 0
    var linkedTargets: Set<String> = []
    for plan in plans {
      let linkedClusters = Set(
        plan.clusters.filter { matches($0.leadUnits + $0.responsibleUnits) }.map(\.id))
      linkedTargets.formUnion(linkedClusters)  // their scale goals
      for target in plan.targets where target.cluster.map(linkedClusters.contains) ?? false {
        linkedTargets.insert(target.id)
      }
      for indicator in plan.indicators where indicator.cluster.map(linkedClusters.contains) ?? false
      {
        linkedTargets.insert(indicator.id)
      }
      for measure in plan.measures where matches(measure.leadUnits + measure.responsibleUnits) {
        linkedTargets.formUnion(measure.targets)
        let status = snapshot.status(of: measure.id)
        measureCounts[status, default: 0] += 1
        measureTotal += 1
        let schedule = Schedule.measure(
          measure, document: plan.document, status: status, asOf: asOf)
        if schedule.isOverdue { overdue += 1 }
        if schedule.isBehind { behind += 1 }
      }
    }

    // Targets in scope: all of the region(s), or those tied to the unit.
    let documents = Dictionary(
      plans.map { ($0.region.id, $0.document) }, uniquingKeysWith: { first, _ in first })
    var lines: [TargetLine] = []
    for item in CatalogAssessment.items(
      catalog: catalog, snapshot: snapshot, asOf: asOf, region: region)
    where documents[item.regionID] != nil && (unit == nil || linkedTargets.contains(item.id)) {
      let goal = catalog.assessableGoal(item.id)!
      lines.append(
        TargetLine(
          item: item,
          schedule: Schedule.goal(
            goal, assessment: item.assessment, document: documents[item.regionID]!, asOf: asOf)))
    }
    // Worst first; plan order within a status.
    let order = Dictionary(
      lines.enumerated().map { ($1.item.id, $0) }, uniquingKeysWith: { a, _ in a })
    lines.sort {
      ($0.item.assessment.status.severity, order[$0.item.id]!)
        < ($1.item.assessment.status.severity, order[$1.item.id]!)
    }
    self.targets = lines
    self.targetCounts = CatalogAssessment.counts(lines.map(\.item))
    self.measureCounts = measureCounts
    self.measureTotal = measureTotal
    self.overdueCount = overdue
    self.behindCount = behind
    self.units = UnitProgress.units(of: plans, snapshot: snapshot, asOf: asOf, matching: unit)
      .filter { !$0.late.isEmpty }
  }

  /// The statuses in report order, worst first.
  static let statusOrder = AssessmentStatus.allCases.sorted { $0.severity < $1.severity }
}
