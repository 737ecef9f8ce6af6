/// `plandash report --format markdown`: headings and tables that render on any Markdown
/// viewer (GitHub-flavoured pipe tables).
enum MarkdownReportFormatter {
  static func render(_ report: ProgressReport) -> String {
    var out = "# " + MarkdownTable.cell(ReportRows.title(report)) + "\n"
    let sections = ReportSection.all(report)
    for (index, section) in sections.enumerated() {
      let hashes = String(repeating: "#", count: section.level + 1)
      out += "\n" + hashes + " " + MarkdownTable.cell(section.title) + "\n"
      if ReportSection.isEmpty(index, in: sections) {
        out += "\n(none)\n"
      } else if !section.header.isEmpty {
        out += "\n"
        out += MarkdownTable.render(
          header: section.header, rows: section.rows, rightAligned: section.rightAligned)
      }
    }
    return out
  }
}
