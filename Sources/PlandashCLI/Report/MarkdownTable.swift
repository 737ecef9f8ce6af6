/// A GitHub-flavoured Markdown table; `|` in a cell is escaped and line breaks become spaces
/// so every row stays one table row.
enum MarkdownTable {
  static func cell(_ text: String) -> String {
    let flat = text.replacingOccurrences(of: "\r\n", with: " ")
      .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    return flat.replacingOccurrences(of: "|", with: "\\|")
  }

  static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
    var out = "| " + header.map(cell).joined(separator: " | ") + " |\n"
    out +=
      "|"
      + header.indices.map { rightAligned.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
    for row in rows {
      out += "| " + row.map(cell).joined(separator: " | ") + " |\n"
    }
    return out
  }
}
