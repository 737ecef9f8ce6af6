import Dashboard

/// The sections of a progress report in reading order — counts by status, targets worst
/// first, the measures (late, on schedule, finished; each once, under the headings they are
/// written under), and each unit's counts —
/// so that the text and Markdown formats print the same report and differ only in how a
/// heading and a table look.
struct ReportSection {
  /// A run of rows under one label: a measure group's rows under one heading.
  struct Block {
    var label: String
    var count: Int
  }

  var title: String
  var header: [String]
  var rows: [[String]]
  var rightAligned: Set<Int>
  /// The rows' runs under their labels, in order; empty for a table without them.
  var blocks: [Block] = []

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
      // Each group's measures under the headings they are written under.
      let headings = HeadingGroup.of(report.measures.filter { $0.group == group })
      sections.append(
        ReportSection(
          title: ReportText.group(group)(lang),
          header: ReportRows.header(ReportText.measureHeader, lang),
          rows: headings.flatMap { $0.lines.map { ReportRows.measure($0, lang) } },
          rightAligned: [9, 10],
          blocks: headings.map {
            Block(
              label: $0.label(region: report.region == nil ? $0.regionID : nil, lang),
              count: $0.lines.count)
          }))
    }
    let unitHeader = ReportRows.unitHeader(lang)
    sections.append(
      ReportSection(
        title: ReportText.measuresByUnit(lang), header: unitHeader,
        rows: report.units.map(ReportRows.unit), rightAligned: Set(1..<unitHeader.count)))
    return sections
  }
}
