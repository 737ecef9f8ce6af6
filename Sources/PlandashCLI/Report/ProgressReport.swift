import PlanModel

/// What a 督查 meeting needs, as of one year: counts by status, every target's assessment
/// with its figures, base and schedule, every measure once — late ones first, then those on
/// schedule, then the finished ones — with its 牵头 and 责任单位 and latest note, and each
/// unit's counts. Built once; every format (text, Markdown, CSV, JSON) prints the same values.
struct ProgressReport {
  struct TargetLine {
    var item: AssessedItem
    var schedule: ScheduleProgress
  }

  /// Where a measure is listed; the raw values are the JSON's codes.
  enum MeasureGroup: String, CaseIterable {
    /// Not done, and overdue or behind schedule.
    case late
    /// Not done, on schedule.
    case underWay = "on-schedule"
    /// Done.
    case finished
  }

  /// A measure in scope, listed once.
  struct MeasureLine {
    var measure: Measure
    var regionID: String
    var status: MeasureStatus
    var schedule: ScheduleProgress
    var note: MeasureNote?
    /// Where it is written: its plan's place among the plans in scope, and its heading with
    /// the headings above it, chapter first (empty where it stands under none).
    var planIndex = 0
    var headingPath: [OutlineHeading] = []
    /// Its heading's index in the plan's outline (-1 where it stands under none), so that
    /// measures group in the order the plan prints its headings.
    var headingIndex = -1

    var group: MeasureGroup {
      if status == .done { return .finished }
      return schedule.isOverdue || schedule.isBehind ? .late : .underWay
    }
  }

  /// One unit's counts: how many measures it leads and is responsible for, and by status.
  struct UnitCounts {
    var unit: String
    var leads: Int
    var responsible: Int
    var progress: UnitProgress
  }

  var asOf: Int
  var region: String?
  /// The region's name, where the report is of one region.
  var regionName: String?
  var unit: String?
  var targets: [TargetLine]
  var targetCounts: [AssessmentStatus: Int]
  var measureCounts: [MeasureStatus: Int]
  var measureTotal: Int
  var overdueCount: Int
  var behindCount: Int
  /// Every measure in scope once: late ones (overdue first, then by due year), then those on
  /// schedule and the finished ones in plan order.
  var measures: [MeasureLine]
  /// Every unit the measures in scope name, in pinyin order, with its counts.
  var units: [UnitCounts]

  init(
    catalog: Catalog, snapshot: ProgressSnapshot, asOf: Int, region: String?, unit: String?,
    notes: [String: MeasureNote] = [:]
  ) {
    self.asOf = asOf
    self.region = region
    self.regionName = region.flatMap { catalog.plan(forRegion: $0)?.region.name }
    self.unit = unit
    let plans = catalog.plans.filter { region == nil || $0.region.id == region }
    let scope = Self.measureScope(plans, snapshot: snapshot, asOf: asOf, unit: unit, notes: notes)
    self.measures = Self.ordered(scope.lines)
    self.measureCounts = scope.lines.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
    self.measureTotal = scope.lines.count
    self.overdueCount = scope.lines.filter(\.schedule.isOverdue).count
    self.behindCount = scope.lines.filter(\.schedule.isBehind).count
    self.targets = Self.targetLines(
      catalog, plans: plans, snapshot: snapshot, asOf: asOf, region: region,
      only: unit == nil ? nil : scope.linkedTargets)
    self.targetCounts = CatalogAssessment.counts(targets.map(\.item))
    self.units = Self.unitCounts(plans, snapshot: snapshot, asOf: asOf, unit: unit)
  }

  /// Whether a measure or cluster naming `units` is in scope of a `--unit` filter.
  static func matches(_ units: [String], _ filter: String?) -> Bool {
    guard let filter else { return true }
    return units.contains { $0.contains(filter) }
  }

  /// The measures in scope (all, or those the unit leads or is responsible for), and the
  /// targets tied to them or to the clusters the unit leads or shares.
  static func measureScope(
    _ plans: [Plan], snapshot: ProgressSnapshot, asOf: Int, unit: String?,
    notes: [String: MeasureNote]
  ) -> (lines: [MeasureLine], linkedTargets: Set<String>) {
    var lines: [MeasureLine] = []
    var linked: Set<String> = []
    for (planIndex, plan) in plans.enumerated() {
      let outline = PlanOutline(plan)
      let clusters = Set(
        plan.clusters.filter { matches($0.leadUnits + $0.responsibleUnits, unit) }.map(\.id))
      linked.formUnion(clusters)  // their scale goals
      for target in plan.targets where target.cluster.map(clusters.contains) ?? false {
        linked.insert(target.id)
      }
      for indicator in plan.indicators where indicator.cluster.map(clusters.contains) ?? false {
        linked.insert(indicator.id)
      }
      for measure in plan.measures where matches(measure.leadUnits + measure.responsibleUnits, unit)
      {
        linked.formUnion(measure.targets)
        let status = snapshot.status(of: measure.id)
        let heading = measure.source.heading
        lines.append(
          MeasureLine(
            measure: measure, regionID: plan.region.id, status: status,
            schedule: Schedule.measure(
              measure, document: plan.document, status: status, asOf: asOf),
            note: notes[measure.id], planIndex: planIndex,
            headingPath: heading.map(outline.path(to:)) ?? [],
            headingIndex: heading.flatMap { outline.indexByKey[$0] } ?? -1))
      }
    }
    return (lines, linked)
  }

  /// Late measures first (overdue ones first, then by due year and id), then those on
  /// schedule, then the finished ones, each in plan order.
  static func ordered(_ lines: [MeasureLine]) -> [MeasureLine] {
    let late = lines.filter { $0.group == .late }.sorted {
      ($0.schedule.isOverdue ? 0 : 1, $0.schedule.endYear, $0.measure.id)
        < ($1.schedule.isOverdue ? 0 : 1, $1.schedule.endYear, $1.measure.id)
    }
    return late + lines.filter { $0.group == .underWay } + lines.filter { $0.group == .finished }
  }

  /// The targets in scope (all of the region(s), or those in `only`), worst first and in
  /// plan order within a status.
  static func targetLines(
    _ catalog: Catalog, plans: [Plan], snapshot: ProgressSnapshot, asOf: Int, region: String?,
    only: Set<String>?
  ) -> [TargetLine] {
    let documents = Dictionary(
      plans.map { ($0.region.id, $0.document) }, uniquingKeysWith: { first, _ in first })
    var lines: [TargetLine] = []
    for item in CatalogAssessment.items(
      catalog: catalog, snapshot: snapshot, asOf: asOf, region: region)
    where documents[item.regionID] != nil && (only?.contains(item.id) ?? true) {
      let goal = catalog.assessableGoal(item.id)!
      lines.append(
        TargetLine(
          item: item,
          schedule: Schedule.goal(
            goal, assessment: item.assessment, document: documents[item.regionID]!, asOf: asOf)))
    }
    let order = Dictionary(
      lines.enumerated().map { ($1.item.id, $0) }, uniquingKeysWith: { a, _ in a })
    return lines.sorted {
      ($0.item.assessment.status.severity, order[$0.item.id]!)
        < ($1.item.assessment.status.severity, order[$1.item.id]!)
    }
  }

  /// Each unit's counts, in pinyin order (`PlanTextCollation.reading`).
  static func unitCounts(_ plans: [Plan], snapshot: ProgressSnapshot, asOf: Int, unit: String?)
    -> [UnitCounts]
  {
    var leads: [String: Int] = [:]
    var shares: [String: Int] = [:]
    for plan in plans {
      for measure in plan.measures {
        for name in Set(measure.leadUnits) { leads[name, default: 0] += 1 }
        for name in Set(measure.responsibleUnits) { shares[name, default: 0] += 1 }
      }
    }
    return UnitProgress.units(of: plans, snapshot: snapshot, asOf: asOf, matching: unit)
      .map {
        UnitCounts(
          unit: $0.unit, leads: leads[$0.unit] ?? 0, responsible: shares[$0.unit] ?? 0, progress: $0
        )
      }
      .sorted {
        (PlanTextCollation.reading($0.unit), $0.unit) < (
          PlanTextCollation.reading($1.unit), $1.unit
        )
      }
  }

  /// The statuses in report order, worst first.
  static let statusOrder = AssessmentStatus.allCases.sorted { $0.severity < $1.severity }
}
