import Dashboard

/// The sections of a progress report in reading order — counts by status, targets worst
/// first, the measures (late, on schedule, finished; each once), and each unit's counts —
/// so that the text and Markdown formats print the same report and differ only in how a
/// heading and a table look.
struct ReportSection {
  var title: String
  var header: [String]
  var rows: [[String]]
  var rightAligned: Set<Int>

  static func all(_ report: ProgressReport, _ lang: Language) -> [ReportSection] {
    let count = [ReportText.statusHeader(lang), ReportText.countHeader(lang)]
    var sections = [
      ReportSection(
        title: ReportText.targetsByStatus(lang), header: count,
        rows: ReportRows.targetCounts(report, lang), rightAligned: [1]),
      ReportSection(
        title: ReportText.measuresByStatus(lang), header: count,
        rows: ReportRows.measureCounts(report, lang), rightAligned: [1]),
      ReportSection(
        title: ReportText.targetsWorstFirst(lang),
        header: ReportRows.header(ReportText.targetHeader, lang),
        rows: report.targets.map { ReportRows.target($0, lang) }, rightAligned: [11, 12, 13]),
    ]
    for group in ProgressReport.MeasureGroup.allCases {
      sections.append(
        ReportSection(
          title: ReportText.group(group)(lang),
          header: ReportRows.header(ReportText.measureHeader, lang),
          rows: report.measures.filter { $0.group == group }.map { ReportRows.measure($0, lang) },
          rightAligned: [9, 10]))
    }
    let unitHeader = ReportRows.unitHeader(lang)
    sections.append(
      ReportSection(
        title: ReportText.measuresByUnit(lang), header: unitHeader,
        rows: report.units.map(ReportRows.unit), rightAligned: Set(1..<unitHeader.count)))
    return sections
  }
}
