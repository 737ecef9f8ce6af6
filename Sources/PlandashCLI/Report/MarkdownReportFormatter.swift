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
        out += tables(section)
      }
    }
    return out
  }

  /// The section's table; a section in blocks as one table under each block's label.
  static func tables(_ section: ReportSection) -> String {
    guard !section.blocks.isEmpty else {
      return MarkdownTable.render(
        header: section.header, rows: section.rows, rightAligned: section.rightAligned)
    }
    var out: [String] = []
    var next = 0
    for block in section.blocks {
      out.append(
        "### " + MarkdownTable.cell(block.label) + "\n\n"
          + MarkdownTable.render(
            header: section.header, rows: Array(section.rows[next..<next + block.count]),
            rightAligned: section.rightAligned))
      next += block.count
    }
    return out.joined(separator: "\n")
  }
}
