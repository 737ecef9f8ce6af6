import Foundation
import PlanFiles
import PlanModel

/// The import benchmark's held-out check: plan documents of invented regions, written by hand
/// for this check and never used to write the rules (`Tests/Fixtures/import/heldout`), each
/// `NAME.txt` scored against the hand-made expected plan `NAME.yaml` beside it with the same
/// matcher as the seed documents. Written by the same team, so only a weak proxy for plans
/// no one here has read.
enum ImportHeldOut {
  static let folder = "Tests/Fixtures/import/heldout"

  static func run(root: String, misses: Bool, printed: Bool = false) throws {
    let directory = (root as NSString).appendingPathComponent(folder)
    let names = try FileManager.default.contentsOfDirectory(atPath: directory)
      .filter { $0.hasSuffix(".txt") }.sorted()
    var rows: [(label: String, scores: DraftScores)] = []
    var pages: [(label: String, scores: DraftScores)] = []
    let scratch = NSTemporaryDirectory() + "plandash-bench-pages-\(getpid())"
    try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    for name in names {
      let document = (directory as NSString).appendingPathComponent(name)
      let expectedFile = (document as NSString).deletingPathExtension + ".yaml"
      guard let bytes = FileBytes.read(expectedFile),
        let expected = PlanFileReader.read(bytes: bytes, file: expectedFile).plan
      else {
        throw HeldOutError(message: "\(expectedFile): no readable expected plan beside \(name)")
      }
      let label = (name as NSString).deletingPathExtension
      rows.append((label, try ImportBenchmark.scores(of: document, against: expected)))
      if let text = try? String(contentsOfFile: document, encoding: .utf8),
        let page = TextAsPage.html(text)
      {
        let file = (scratch as NSString).appendingPathComponent(label + ".html")
        try page.write(toFile: file, atomically: true, encoding: .utf8)
        pages.append((label, try ImportBenchmark.scores(of: file, against: expected)))
      }
    }
    print("\nheld-out (invented) documents — \(rows.count) plans of made-up regions in \(folder)")
    ImportBenchmark.printTable(rows, misses: misses)
    print(
      "\nthe same documents as web pages, where their lines of columns are tables (`TextAsPage`) — \(pages.count) of them"
    )
    ImportBenchmark.printTable(pages, misses: misses)
    if printed { try HeldOutPrinted.run(directory: directory, names: names, misses: misses) }
  }

  struct HeldOutError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
  }
}
