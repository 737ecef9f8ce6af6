import Foundation

/// An .xlsx read back cell by cell: each sheet by its name, as rows of cell texts (a
/// number as written in the file, `38` or `1.62`; an empty cell as ""), with the sheet's
/// own XML for the tests that look at panes, filters and styles.
public struct SpreadsheetCells {
  public struct Sheet {
    public var name: String
    public var part: String
    public var rows: [[String]]
    public var xml: XMLTree

    public var header: [String] { rows.first ?? [] }

    /// The cell in `column` (by its header) of every row below the header.
    public func column(_ header: String) -> [String] {
      guard let index = self.header.firstIndex(of: header) else { return [] }
      return rows.dropFirst().map { index < $0.count ? $0[index] : "" }
    }

    /// The row below the header whose cell in `column` is `value`, by header.
    public func row(where column: String, is value: String) -> [String: String]? {
      guard let index = header.firstIndex(of: column),
        let row = rows.dropFirst().first(where: { index < $0.count && $0[index] == value })
      else { return nil }
      return Dictionary(
        zip(header, row + Array(repeating: "", count: max(0, header.count - row.count))),
        uniquingKeysWith: { a, _ in a })
    }
  }

  public let archive: OfficeArchive
  public let sheets: [Sheet]

  public init(_ path: String) throws {
    let archive = try OfficeArchive(path)
    self.archive = archive
    let shared = try? archive.xml("xl/sharedStrings.xml")
    let strings = shared?.all("si").map { $0.joinedText("t") } ?? []
    let relationships = try archive.xml("xl/_rels/workbook.xml.rels").all("Relationship")
    var targets: [String: String] = [:]
    for r in relationships { targets[r.attributes["Id"] ?? ""] = r.attributes["Target"] }
    sheets = try archive.xml("xl/workbook.xml").all("sheet").map { sheet in
      let target = targets[sheet.attributes["r:id"] ?? ""] ?? ""
      let part = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
      let xml = try archive.xml(part)
      return Sheet(
        name: sheet.attributes["name"] ?? "", part: part, rows: Self.rows(xml, strings), xml: xml)
    }
  }

  public subscript(name: String) -> Sheet? { sheets.first { $0.name == name } }

  static func rows(_ sheet: XMLTree, _ strings: [String]) -> [[String]] {
    sheet.all("row").map { row in
      var cells: [String] = []
      for cell in row.all("c") {
        let column = columnIndex(cell.attributes["r"] ?? "A1")
        while cells.count < column { cells.append("") }
        let value = cell.first("v")?.text ?? cell.joinedText("t")
        let text = cell.attributes["t"] == "s" ? Int(value).map { strings[$0] } ?? "" : value
        if cells.count == column { cells.append(text) } else { cells[column] = text }
      }
      return cells
    }
  }

  /// `C7` → 2.
  public static func columnIndex(_ reference: String) -> Int {
    var index = 0
    for scalar in reference.unicodeScalars where scalar.properties.isAlphabetic {
      index = index * 26 + Int(scalar.value) - 64
    }
    return index - 1
  }
}
