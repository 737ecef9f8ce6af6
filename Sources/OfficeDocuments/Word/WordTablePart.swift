/// A `WordTable` as a `w:tbl`: fixed column widths filling the 版心, single-line borders,
/// the header row shaded and repeated on every page, rows that do not split across pages,
/// shaded rows, and runs of equal cells merged in the columns that ask for it.
enum WordTablePart {
  static let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
  static let headerFill = "D9D9D9"

  static func xml(_ table: WordTable) -> String {
    let widths = columnWidths(table.columns)
    var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
    xml += "<w:jc w:val=\"center\"/><w:tblBorders>"
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
      xml += "<w:\(side) \(border)/>"
    }
    xml += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>"
    xml += "<w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/>"
    xml += "</w:tblCellMar></w:tblPr><w:tblGrid>"
    xml += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
    xml += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
    for (index, column) in table.columns.enumerated() {
      xml += cell(
        column.header, width: widths[index], style: "TableHeader", alignment: .center,
        fill: headerFill)
    }
    xml += "</w:tr>"
    for (rowIndex, row) in table.rows.enumerated() {
      xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
      for (index, column) in table.columns.enumerated() {
        let text = index < row.cells.count ? row.cells[index] : ""
        var merge: String?
        if column.mergesRuns {
          let previous = rowIndex > 0 ? table.rows[rowIndex - 1].cells[safe: index] : nil
          let next = table.rows[safe: rowIndex + 1]?.cells[safe: index]
          if previous == text { merge = "continue" } else if next == text { merge = "restart" }
        }
        xml += cell(
          merge == "continue" ? "" : text, width: widths[index], style: "TableText",
          alignment: column.alignment, fill: column.mergesRuns ? nil : row.fill, merge: merge)
      }
      xml += "</w:tr>"
    }
    return xml + "</w:tbl>"
  }

  static func cell(
    _ text: String, width: Int, style: String, alignment: WordTable.Alignment, fill: String?,
    merge: String? = nil
  ) -> String {
    var xml = "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
    if let merge { xml += "<w:vMerge w:val=\"\(merge)\"/>" }
    if let fill { xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(fill)\"/>" }
    xml += "<w:vAlign w:val=\"center\"/></w:tcPr>"
    xml += WordXML.paragraph(
      text, style: style, properties: "<w:jc w:val=\"\(alignment.rawValue)\"/>")
    return xml + "</w:tc>"
  }

  /// The columns' widths in twips, shared out by weight over the 版心's width.
  static func columnWidths(_ columns: [WordTable.Column]) -> [Int] {
    let total = max(1, columns.map(\.weight).reduce(0, +))
    var widths = columns.map { GBT9704Layout.textWidth * $0.weight / total }
    if !widths.isEmpty { widths[widths.count - 1] += GBT9704Layout.textWidth - widths.reduce(0, +) }
    return widths
  }
}

extension Array {
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
