/// `plandash report --format markdown`: headings and tables that render on any Markdown
/// viewer (GitHub-flavoured pipe tables).
enum MarkdownReportFormatter {
  static func render(_ report: ProgressReport) -> String {
    var out = "# " + MarkdownTable.cell(ReportRows.title(report)) + "\n\n"
    out += "## Targets by status\n\n"
    out += MarkdownTable.render(
      header: ["status", "count"], rows: ReportRows.targetCounts(report), rightAligned: [1])
    out += "\n## Measures by status\n\n"
    out += MarkdownTable.render(
      header: ["status", "count"], rows: ReportRows.measureCounts(report), rightAligned: [1])
    out += "\n## Targets, worst first\n\n"
    if report.targets.isEmpty {
      out += "(none)\n"
    } else {
      out += MarkdownTable.render(
        header: ReportRows.targetHeader, rows: report.targets.map(ReportRows.target),
        rightAligned: [10, 11, 12])
    }
    out += "\n## Overdue and behind-schedule measures by unit\n"
    if report.units.isEmpty { out += "\n(none)\n" }
    for section in report.units {
      out += "\n### " + MarkdownTable.cell(section.unit) + "\n\n"
      out += MarkdownTable.render(
        header: ReportRows.measureHeader, rows: section.measures.map(ReportRows.measure),
        rightAligned: [8, 9])
    }
    return out
  }
}
