/// Aligned text tables for the store's commands, counting CJK characters as two columns.
enum StoreTable {
  static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
    let all = [header] + rows
    let columns = all.map(\.count).max() ?? 0
    var widths = Array(repeating: 0, count: columns)
    for row in all {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], width(of: cell)) }
    }
    return all.map { row in
      row.enumerated().map { index, cell in
        let padding = String(repeating: " ", count: widths[index] - width(of: cell))
        if index == row.count - 1 && !rightAligned.contains(index) { return cell }
        return rightAligned.contains(index) ? padding + cell : cell + padding
      }
      .joined(separator: "  ")
    }
    .joined(separator: "\n") + "\n"
  }

  /// Terminal columns: East Asian wide and full-width characters take two.
  static func width(of text: String) -> Int {
    text.unicodeScalars.reduce(0) { total, scalar in
      let value = scalar.value
      let wide =
        (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
        || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
        || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
        || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
      return total + (wide ? 2 : 1)
    }
  }
}
