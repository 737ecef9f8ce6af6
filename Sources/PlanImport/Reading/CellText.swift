/// A table cell's text from the blocks inside it, and whether cells read as a data table.
enum CellText {
  /// The cell's paragraphs joined by line breaks (a table inside flattened row by row).
  static func joined(_ blocks: [DocumentBlock]) -> String {
    blocks.map { block in
      switch block {
      case .paragraph(let text): text
      case .table(let table): table.rows.map { $0.joined(separator: " ") }.joined(separator: "\n")
      }
    }.joined(separator: "\n")
  }

  /// Whether rows laid out from cells are a table of data rather than page layout: at
  /// least two columns and two rows, and no cell a passage of its own (over 4 paragraphs
  /// or 400 characters).
  static func isDataTable(_ rows: [[String]], _ cells: [[DocumentBlock]]) -> Bool {
    guard rows.count >= 2, (rows.first?.count ?? 0) >= 2 else { return false }
    return !cells.contains { blocks in
      blocks.count > 4 || joined(blocks).count > 400
    }
  }
}
