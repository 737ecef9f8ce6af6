import Foundation
import PlanFiles
import PlanImport

/// `plandash-bench import --pdf`: the held-out documents again, each read as plain text (its
/// paragraphs, and its tables whether parted by tabs or laid out by spaces), set as an
/// official document is (16 pt, first lines indented two characters, no space between
/// paragraphs, tables ruled) and printed to PDF by LibreOffice, then read back through the
/// PDF reader — lines broken at the margin, page breaks, page numbers and tables as a PDF
/// gives them, which is how many offices publish their plans.
enum HeldOutPrinted {
  static func run(directory: String, names: [String], misses: Bool) throws {
    let scratch = NSTemporaryDirectory() + "plandash-bench-printed-\(getpid())"
    try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    var pages: [String] = []
    for name in names {
      let document = (directory as NSString).appendingPathComponent(name)
      let page = printable(try DocumentReader.read(URL(fileURLWithPath: document)))
      let file = (scratch as NSString).appendingPathComponent(
        (name as NSString).deletingPathExtension + ".html")
      try page.write(toFile: file, atomically: true, encoding: .utf8)
      pages.append(file)
    }
    let printed = try BenchSupport.run(
      "/usr/bin/env",
      ["soffice", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", scratch]
        + pages)
    guard printed.status == 0 else {
      throw ImportHeldOut.HeldOutError(message: "LibreOffice (soffice) did not print the pages")
    }
    var rows: [(label: String, scores: DraftScores)] = []
    for name in names {
      let label = (name as NSString).deletingPathExtension
      let pdf = (scratch as NSString).appendingPathComponent(label + ".pdf")
      let expectedFile =
        ((directory as NSString).appendingPathComponent(name) as NSString)
        .deletingPathExtension + ".yaml"
      guard FileManager.default.fileExists(atPath: pdf), let bytes = FileBytes.read(expectedFile),
        let expected = PlanFileReader.read(bytes: bytes, file: expectedFile).plan
      else { continue }
      rows.append((label, try ImportBenchmark.scores(of: pdf, against: expected)))
    }
    print("\nthe same documents printed to PDF by LibreOffice — \(rows.count) of them")
    ImportBenchmark.printTable(rows, misses: misses)
  }

  /// A paragraph's cells when it is a row the reader left as a line: parted by tabs, or by
  /// runs of two spaces or more into three cells or more.
  static func cells(_ paragraph: String) -> [String]? {
    if let cells = TextAsPage.cells(paragraph) { return cells }
    let cells = paragraph.replacingOccurrences(
      of: "[ \u{3000}]{2,}", with: "\t", options: .regularExpression
    ).components(separatedBy: "\t")
    return cells.count >= 3 ? cells : nil
  }

  /// The document's blocks as a page set in the official style (after an empty paragraph:
  /// LibreOffice leaves a page's first paragraph out of the PDF it prints); a run of paragraphs whose
  /// cells are parted by tabs (a list the reader left as lines) printed as the table it is.
  static func printable(_ text: DocumentText) -> String {
    var body: [String] = []
    var run: [[String]] = []
    func flush() {
      if run.count >= 2 {
        body.append(TextAsPage.table(run))
      } else {
        body += run.map { "<p>\(TextAsPage.escaped($0.joined(separator: " ")))</p>" }
      }
      run = []
    }
    for block in text.blocks {
      switch block {
      case .paragraph(let paragraph):
        if let cells = cells(paragraph) {
          run.append(cells)
          continue
        }
        flush()
        body.append("<p>\(TextAsPage.escaped(paragraph))</p>")
      case .table(let table):
        flush()
        body.append(TextAsPage.table(table.rows))
      }
    }
    flush()
    return """
      <!DOCTYPE html><html><head><meta charset="utf-8"><title></title><style>
      body { font-size: 16pt; } p { text-indent: 2em; margin: 0; }
      table { border-collapse: collapse; } td { border: 1px solid black; font-size: 11pt; }
      </style></head><body>
      <p>&nbsp;</p>
      \(body.joined(separator: "\n"))
      </body></html>
      """
  }
}
