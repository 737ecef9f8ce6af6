/// `plandash report --format text`: aligned tables for a terminal.
enum TextReportFormatter {
  static func render(_ report: ProgressReport) -> String {
    var out = ReportRows.title(report) + "\n"
    let sections = ReportSection.all(report)
    for (index, section) in sections.enumerated() {
      out += "\n" + section.title + "\n"
      if ReportSection.isEmpty(index, in: sections) {
        out += "(none)\n"
      } else if !section.header.isEmpty {
        out += TextTable.render(
          header: section.header, rows: section.rows, rightAligned: section.rightAligned)
      }
    }
    return out
  }
}
