import Foundation
import PlandashTestSupport
import Testing

/// The demo's progress reported by the built binary as JSON, as a Word bulletin and as an
/// Excel workbook — the same report three ways, so the Office files can be checked field by
/// field against the JSON.
struct OfficeReportRun {
  let demo: DemoStore
  let arguments: [String]
  let json: [String: Any]
  let docx: String
  let xlsx: String

  /// `region` nil: every region.
  init(region: String? = "hechuan", lang: String = "zh") throws {
    demo = try DemoStore()
    arguments =
      ["report", "--store", demo.path, "--as-of", "2025", "--lang", lang]
      + (region.map { ["--region", $0] } ?? [])
    let json = try Self.run(arguments + ["--format", "json"], demo)
    self.json = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any] ?? [:]
    docx = demo.folder.path("report.docx")
    xlsx = demo.folder.path("report.xlsx")
    _ = try Self.run(arguments + ["--format", "docx", "--out", docx], demo)
    _ = try Self.run(arguments + ["--format", "xlsx", "--out", xlsx], demo)
  }

  @discardableResult
  static func run(_ arguments: [String], _ demo: DemoStore) throws -> PlandashBinary.Result {
    let result = try PlandashBinary.run(arguments, environment: demo.environment)
    #expect(result.status == 0, "\(arguments): \(result.err)")
    return result
  }

  var targets: [[String: Any]] { json["targets"] as? [[String: Any]] ?? [] }
  var measures: [[String: Any]] { json["measures"] as? [[String: Any]] ?? [] }
  var units: [[String: Any]] { json["units"] as? [[String: Any]] ?? [] }

  /// The bulletin's tables, each as rows of cell texts (the header row first); a cell
  /// merged into the one above it reads as that one.
  func docxTables() throws -> [[[String]]] {
    let body = try OfficeArchive(docx).xml("word/document.xml")
    return body.all("w:tbl").map { table in
      var rows: [[String]] = []
      for row in table.all("w:tr") {
        var cells = row.all("w:tc").map { Self.text($0) }
        for (index, cell) in row.all("w:tc").enumerated()
        where cell.first("w:vMerge")?.attributes["w:val"] == "continue" {
          cells[index] = rows.last?[index] ?? ""
        }
        rows.append(cells)
      }
      return rows
    }
  }

  /// A cell's or paragraph's text as it reads: `w:br` and each paragraph's end as line
  /// breaks.
  static func text(_ node: XMLTree) -> String {
    func walk(_ node: XMLTree) -> String {
      switch node.name {
      case "w:t": node.text
      case "w:br": "\n"
      case "w:p": node.children.map(walk).joined() + "\n"
      default: node.children.map(walk).joined()
      }
    }
    var text = walk(node)
    while text.hasSuffix("\n") { text.removeLast() }
    return text
  }

  /// The figure and year of a cell like `38 (2023)` (and whatever follows on later lines).
  static func figure(_ cell: String) -> (value: Double, year: Int)? {
    let first = cell.split(separator: "\n").first.map(String.init) ?? cell
    let parts = first.split(separator: " ")
    guard parts.count == 2, let value = Double(parts[0]),
      let year = Int(parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "()")))
    else { return nil }
    return (value, year)
  }
}

extension Dictionary where Key == String, Value == Any {
  /// A field inside nested objects: `["assessment", "latest_value"]`.
  func at(_ path: String...) -> Any? {
    var value: Any? = self
    for key in path { value = (value as? [String: Any])?[key] }
    return value
  }
}
