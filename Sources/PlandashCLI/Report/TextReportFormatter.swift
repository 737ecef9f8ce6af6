/// `plandash report --format text`: aligned tables for a terminal.
enum TextReportFormatter {
  static func render(_ report: ProgressReport) -> String {
    var out = ReportRows.title(report) + "\n\n"
    out += "Targets by status\n"
    out += TextTable.render(
      header: ["status", "count"], rows: ReportRows.targetCounts(report), rightAligned: [1])
    out += "\nMeasures by status\n"
    out += TextTable.render(
      header: ["status", "count"], rows: ReportRows.measureCounts(report), rightAligned: [1])
    out += "\nTargets, worst first\n"
    if report.targets.isEmpty {
      out += "(none)\n"
    } else {
      out += TextTable.render(
        header: ReportRows.targetHeader, rows: report.targets.map(ReportRows.target),
        rightAligned: [10, 11, 12])
    }
    out += "\nOverdue and behind-schedule measures by unit\n"
    if report.units.isEmpty { out += "(none)\n" }
    for section in report.units {
      out += "\n" + section.unit + "\n"
      out += TextTable.render(
        header: ReportRows.measureHeader, rows: section.measures.map(ReportRows.measure),
        rightAligned: [8, 9])
    }
    return out
  }
}
