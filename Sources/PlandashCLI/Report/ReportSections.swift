/// The sections of a progress report in reading order — counts by status, targets worst
/// first, late measures by unit — so that the text and Markdown formats print the same
/// report and differ only in how a heading and a table look.
struct ReportSection {
  /// 1 for a section, 2 for a sub-section (a unit under the late measures).
  var level: Int
  var title: String
  var header: [String]
  var rows: [[String]]
  var rightAligned: Set<Int>

  static func all(_ report: ProgressReport) -> [ReportSection] {
    var sections = [
      ReportSection(
        level: 1, title: "Targets by status", header: ["status", "count"],
        rows: ReportRows.targetCounts(report), rightAligned: [1]),
      ReportSection(
        level: 1, title: "Measures by status", header: ["status", "count"],
        rows: ReportRows.measureCounts(report), rightAligned: [1]),
      ReportSection(
        level: 1, title: "Targets, worst first", header: ReportRows.targetHeader,
        rows: report.targets.map(ReportRows.target), rightAligned: [10, 11, 12]),
      ReportSection(
        level: 1, title: "Overdue and behind-schedule measures by unit", header: [], rows: [],
        rightAligned: []),
    ]
    for unit in report.units {
      sections.append(
        ReportSection(
          level: 2, title: unit.unit, header: ReportRows.measureHeader,
          rows: unit.late.map(ReportRows.measure), rightAligned: [8, 9]))
    }
    return sections
  }

  /// A top-level section with no rows and no sub-sections under it reads "(none)".
  static func isEmpty(_ index: Int, in sections: [ReportSection]) -> Bool {
    let section = sections[index]
    guard section.level == 1, section.rows.isEmpty else { return false }
    let next = sections.dropFirst(index + 1).first
    return next == nil || next?.level == 1
  }
}
