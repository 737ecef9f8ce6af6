import Dashboard

/// `plandash report --format text`: aligned tables for a terminal.
enum TextReportFormatter {
  static func render(_ report: ProgressReport, _ lang: Language) -> String {
    var out = ReportRows.title(report, lang) + "\n"
    for section in ReportSection.all(report, lang) {
      out += "\n" + section.title + "\n"
      if section.rows.isEmpty {
        out += ReportText.none(lang) + "\n"
      } else {
        out += table(section)
      }
    }
    return out
  }

  /// The section's table, aligned as one, each block of rows under its label's own line.
  static func table(_ section: ReportSection) -> String {
    let table = TextTable.render(
      header: section.header, rows: section.rows, rightAligned: section.rightAligned)
    guard !section.blocks.isEmpty else { return table }
    let lines = table.split(separator: "\n", omittingEmptySubsequences: false)
    var out = [String(lines[0])]
    var next = 1
    for block in section.blocks {
      out.append(block.label)
      out += lines[next..<next + block.count].map(String.init)
      next += block.count
    }
    return out.joined(separator: "\n") + "\n"
  }
}
