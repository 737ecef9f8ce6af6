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
        out += TextTable.render(
          header: section.header, rows: section.rows, rightAligned: section.rightAligned)
      }
    }
    return out
  }
}
