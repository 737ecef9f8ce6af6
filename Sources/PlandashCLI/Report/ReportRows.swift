import PlanModel

/// The rows of a report's tables, shared by the text, Markdown and CSV formats.
enum ReportRows {
  static let targetHeader = [
    "status", "region", "id", "name", "unit", "base", "latest", "target", "observed", "required",
    "R", "elapsed", "done", "schedule", "note",
  ]

  static func target(_ line: ProgressReport.TargetLine) -> [String] {
    let a = line.item.assessment
    let s = line.schedule
    return [
      ReportFigures.status(a.status), line.item.regionID, line.item.id, line.item.name,
      line.item.figureUnit ?? ReportFigures.none,
      ReportFigures.figure(a.baseValue, year: a.baseYear),
      ReportFigures.figure(a.latestValue, year: a.latestYear),
      ReportFigures.target(a),
      ReportFigures.observed(a, unit: line.item.unit),
      ReportFigures.required(a, unit: line.item.unit),
      ReportFigures.percent(a.ratio),
      ReportFigures.percent(s.elapsed), ReportFigures.percent(s.done),
      ReportFigures.flag(s), a.reason?.en ?? "",
    ]
  }

  static let measureHeader = [
    "flag", "role", "region", "id", "section", "title", "status", "due", "elapsed", "done",
  ]

  static func measure(_ m: UnitProgress.LateMeasure) -> [String] {
    [
      ReportFigures.flag(m.schedule), m.role.rawValue, m.regionID, m.measure.id,
      m.measure.section ?? m.measure.position ?? ReportFigures.none, m.measure.title,
      m.status.rawValue, String(m.schedule.endYear), ReportFigures.percent(m.schedule.elapsed),
      ReportFigures.percent(m.schedule.done),
    ]
  }

  /// Counts: each assessment status worst first, with its count.
  static func targetCounts(_ report: ProgressReport) -> [[String]] {
    ProgressReport.statusOrder.map {
      [ReportFigures.status($0), String(report.targetCounts[$0] ?? 0)]
    } + [["total", String(report.targets.count)]]
  }

  static func measureCounts(_ report: ProgressReport) -> [[String]] {
    MeasureStatus.allCases.map { [$0.rawValue, String(report.measureCounts[$0] ?? 0)] } + [
      ["total", String(report.measureTotal)],
      ["overdue", String(report.overdueCount)],
      ["behind schedule", String(report.behindCount)],
    ]
  }

  static func title(_ report: ProgressReport) -> String {
    var parts = ["as of \(report.asOf)"]
    parts.append("region " + (report.region ?? "all"))
    if let unit = report.unit { parts.append("unit " + unit) }
    return "plandash report — " + parts.joined(separator: " · ")
  }
}
