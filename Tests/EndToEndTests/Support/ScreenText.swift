import Dashboard

/// Reading a captured screen as a person would.
enum ScreenText {
  /// A row's display width as glibc (and so ncurses and tmux) measures it.
  static func width(_ row: String) -> Int { DisplayWidth.of(row) }

  /// Whether any row holds a CJK ideograph.
  static func hasChinese(_ rows: [String]) -> Bool {
    rows.contains { row in row.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
  }

  /// The display column at which `needle` starts in `row`, or nil.
  static func column(of needle: String, in row: String) -> Int? {
    guard let range = row.range(of: needle) else { return nil }
    return width(String(row[..<range.lowerBound]))
  }
}
