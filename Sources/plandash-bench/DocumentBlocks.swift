import Foundation
import PlanImport

/// `plandash-bench blocks FILE…`: what the import's readers make of a document before any
/// rule reads it — each paragraph on a line, each table as rows of cells parted by ` | ` —
/// for finding where a reader, not a rule, lost something.
enum DocumentBlocks {
  static func run(_ files: [String]) throws {
    for file in files {
      let text = try DocumentReader.read(URL(fileURLWithPath: file))
      print("== \(file) (\(text.kind))")
      for block in text.blocks {
        switch block {
        case .paragraph(let paragraph): print("¶ \(paragraph)")
        case .table(let table):
          print("table of \(table.rows.count) rows:")
          for row in table.rows { print("  | " + row.joined(separator: " | ") + " |") }
        }
      }
    }
  }
}
