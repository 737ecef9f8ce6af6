import Dashboard
import ScreenCore

/// Aligned text tables for the command line, measured by display width (glibc's, as the
/// dashboard measures), with control characters in plan data made visible.
enum TextTable {
  static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
    let all = ([header] + rows).map { $0.map { TextSanitizer.clean($0) } }
    let columns = all.map(\.count).max() ?? 0
    var widths = Array(repeating: 0, count: columns)
    for row in all {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], width(of: cell)) }
    }
    return all.map { row in
      row.enumerated().map { index, cell in
        let padding = String(repeating: " ", count: max(0, widths[index] - width(of: cell)))
        if index == row.count - 1 && !rightAligned.contains(index) { return cell }
        return rightAligned.contains(index) ? padding + cell : cell + padding
      }
      .joined(separator: "  ")
    }
    .joined(separator: "\n") + "\n"
  }

  /// Terminal columns the text takes.
  static func width(of text: String) -> Int { DisplayWidth.of(text) }
}
