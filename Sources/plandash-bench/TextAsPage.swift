import Foundation

/// A held-out plain-text document as the web page it would be if its tables were real
/// tables: each run of two lines or more whose cells are parted by tabs becomes a `<table>`,
/// every other non-empty line a paragraph. Real offices' files are mostly Word files and
/// portal pages, whose tables reach the rules as tables, not as lines; the benchmark scores
/// both forms so that a rule written for one form is seen to miss the other.
enum TextAsPage {
  /// The page, or nil when the text holds no such run of lines.
  static func html(_ text: String) -> String? {
    let lines = text.components(separatedBy: "\n")
    var body: [String] = []
    var tables = 0
    var index = 0
    while index < lines.count {
      let run = lines[index...].prefix { cells($0) != nil }
      if run.count >= 2 {
        body.append(table(run.compactMap(cells)))
        tables += 1
        index += run.count
        continue
      }
      let line = lines[index].trimmingCharacters(in: .whitespaces)
      if !line.isEmpty { body.append("<p>\(escaped(line))</p>") }
      index += 1
    }
    guard tables > 0 else { return nil }
    return """
      <!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body>
      \(body.joined(separator: "\n"))
      </body></html>
      """
  }

  /// A line's cells when they are parted by tabs (an empty cell stays a cell). Lines aligned
  /// by runs of spaces stay text: their columns are a matter of position, which the reader
  /// itself works out (`LayoutTextTable`), and a page would not hold them as a table either.
  static func cells(_ line: String) -> [String]? {
    guard line.contains("\t") else { return nil }
    let cells = line.components(separatedBy: "\t").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    return cells.filter { !$0.isEmpty }.count >= 2 ? cells : nil
  }

  static func table(_ rows: [[String]]) -> String {
    let body = rows.map { row in
      "<tr>" + row.map { "<td>\(escaped($0))</td>" }.joined() + "</tr>"
    }
    return "<table border=\"1\" cellpadding=\"6\" cellspacing=\"0\">" + body.joined() + "</table>"
  }

  static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }
}
