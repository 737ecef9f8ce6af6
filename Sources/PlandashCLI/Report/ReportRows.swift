import Dashboard
import PlanModel

/// The rows of a report's tables in one language, shared by the text and Markdown formats.
enum ReportRows {
  static func header(_ columns: [Localized], _ lang: Language) -> [String] {
    columns.map { $0(lang) }
  }

  static func target(_ line: ProgressReport.TargetLine, _ lang: Language) -> [String] {
    let a = line.item.assessment
    let s = line.schedule
    return [
      ReportFigures.status(a.status, lang), line.item.regionID, line.item.id, line.item.name,
      line.item.figureUnit ?? ReportFigures.none,
      ReportFigures.figure(a.baseValue, year: a.baseYear), ReportFigures.baseOrigin(a, lang),
      ReportFigures.figure(a.latestValue, year: a.latestYear),
      ReportFigures.target(a),
      ReportFigures.observed(a, unit: line.item.unit, lang),
      ReportFigures.required(a, unit: line.item.unit, lang),
      ReportFigures.percent(a.ratio),
      ReportFigures.percent(s.elapsed), ReportFigures.percent(s.done),
      ReportFigures.flag(s, lang), a.reason?(lang) ?? "",
    ]
  }

  /// A measure once, with its units in their own columns and its latest note.
  static func measure(_ m: ProgressReport.MeasureLine, _ lang: Language) -> [String] {
    [
      ReportFigures.flag(m.schedule, lang), m.regionID, m.measure.id,
      m.measure.section ?? m.measure.position ?? ReportFigures.none, m.measure.title,
      units(m.measure.leadUnits), units(m.measure.responsibleUnits),
      ReportText.status(m.status)(lang), String(m.schedule.endYear),
      ReportFigures.percent(m.schedule.elapsed), ReportFigures.percent(m.schedule.done),
      m.note?.text ?? ReportFigures.none, m.note?.date ?? ReportFigures.none,
      m.note?.by ?? ReportFigures.none,
    ]
  }

  /// Several units in one cell: 区经济信息委、区发展改革委; "—" for none.
  static func units(_ names: [String]) -> String {
    names.isEmpty ? ReportFigures.none : names.joined(separator: "、")
  }

  /// The units table's header: unit, leads, shares, each status, overdue, behind.
  static func unitHeader(_ lang: Language) -> [String] {
    header(ReportText.unitHeader, lang) + MeasureStatus.allCases.map { ReportText.status($0)(lang) }
      + [ReportText.overdue(lang), ReportText.behind(lang)]
  }

  static func unit(_ u: ProgressReport.UnitCounts) -> [String] {
    [u.unit, String(u.leads), String(u.responsible)]
      + MeasureStatus.allCases.map { String(u.progress.counts[$0] ?? 0) }
      + [String(u.progress.overdueCount), String(u.progress.behindCount)]
  }

  /// Counts: each assessment status worst first, with its count.
  static func targetCounts(_ report: ProgressReport, _ lang: Language) -> [[String]] {
    ProgressReport.statusOrder.map {
      [ReportFigures.status($0, lang), String(report.targetCounts[$0] ?? 0)]
    } + [[ReportText.total(lang), String(report.targets.count)]]
  }

  static func measureCounts(_ report: ProgressReport, _ lang: Language) -> [[String]] {
    MeasureStatus.allCases.map {
      [ReportText.status($0)(lang), String(report.measureCounts[$0] ?? 0)]
    } + [
      [ReportText.total(lang), String(report.measureTotal)],
      [ReportText.overdue(lang), String(report.overdueCount)],
      [ReportText.behindSchedule(lang), String(report.behindCount)],
    ]
  }

  /// `plandash report — as of 2025 · region all`, `督查报告 — 评估年份 2025 · 地区 合川区`.
  static func title(_ report: ProgressReport, _ lang: Language) -> String {
    let place = report.regionName.map { name in
      lang == .zh ? name : name + " (" + (report.region ?? "") + ")"
    }
    var parts = [ReportText.asOf(lang) + " \(report.asOf)"]
    parts.append(
      ReportText.region(lang) + " " + (place ?? report.region ?? ReportText.allRegions(lang)))
    if let unit = report.unit { parts.append(ReportText.unit(lang) + " " + unit) }
    return ReportText.title(lang) + " — " + parts.joined(separator: " · ")
  }
}
