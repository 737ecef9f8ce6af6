import Dashboard

/// `plandash report --format markdown`: headings and tables that render on any Markdown
/// viewer (GitHub-flavoured pipe tables).
enum MarkdownReportFormatter {
  static func render(_ report: ProgressReport, _ lang: Language) -> String {
    var out = "# " + MarkdownTable.cell(ReportRows.title(report, lang)) + "\n"
    for section in ReportSection.all(report, lang) {
      out += "\n## " + MarkdownTable.cell(section.title) + "\n\n"
      if section.rows.isEmpty {
        out += ReportText.none(lang) + "\n"
      } else {
        out += MarkdownTable.render(
          header: section.header, rows: section.rows, rightAligned: section.rightAligned)
      }
    }
    return out
  }
}
