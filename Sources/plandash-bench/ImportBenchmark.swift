import Foundation
import PlanFiles
import PlanImport
import PlanModel

/// Issue 12's measured quality: drafts of the five seed documents against the hand-made
/// sample plans — recall and precision per list — and the draft time and peak memory for
/// the largest seed (goal < 1 s, < 200 MB).
/// A second table scores the held-out documents (`ImportHeldOut`) the same way.
///   plandash-bench import [--seeds DIR] [--misses] [--pdf]
enum ImportBenchmark {
  static let lists = ["targets", "baselines", "clusters", "ladders", "measures", "outline"]

  static func run(_ args: [String]) throws {
    let root = URL(fileURLWithPath: BenchSupport.sampleData).deletingLastPathComponent().path
    let seeds =
      BenchSupport.option("--seeds", in: args)
      ?? (root as NSString).appendingPathComponent("../shared/seeds")
    let samples = try samplePlans()
    let misses = args.contains("--misses")
    print("plandash import benchmark — \(samples.count) seed documents against SampleData")
    var largest: (file: String, size: Int)?
    var rows: [(label: String, scores: DraftScores)] = []
    for sample in samples {
      guard let seed = sample.document.sourceDocument else { continue }
      let path = (seeds as NSString).appendingPathComponent(seed)
      let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
      if size > (largest?.size ?? 0) { largest = (path, size) }
      let outline =
        sample.outline.isEmpty
        ? checklistOutline(root: root, region: sample.region.id) : sample.outline
      rows.append((sample.region.id, try scores(of: path, against: sample, outline: outline)))
    }
    printTable(rows, misses: misses)
    try ImportHeldOut.run(root: root, misses: misses, printed: args.contains("--pdf"))
    if let largest { try timing(largest.file, size: largest.size) }
  }

  /// Drafts the document at `path` and scores the draft against `expected`, list by list
  /// and field by field.
  static func scores(of path: String, against expected: Plan, outline: [OutlineHeading]? = nil)
    throws -> DraftScores
  {
    let name = (path as NSString).lastPathComponent
    let draft = PlanDrafter(sourceName: name).draft(
      try DocumentReader.read(URL(fileURLWithPath: path)))
    let lists = compare(
      expected: BenchItems(expected, headings: outline),
      drafted: BenchItems(draft, startingFigures: !expected.baselineIndicators.isEmpty))
    return DraftScores(
      lists: lists, fields: ImportDocumentFields.scores(expected: expected, drafted: draft))
  }

  /// One row per document and a row of totals; with `misses`, every missed and extra item.
  /// Then the document fields over all rows.
  static func printTable(_ rows: [(label: String, scores: DraftScores)], misses: Bool) {
    var totals = Array(repeating: BenchScore(), count: lists.count)
    print("| document | " + lists.joined(separator: " | ") + " |")
    print("|---|" + String(repeating: "---|", count: lists.count))
    for row in rows {
      let scores = row.scores.lists
      for index in totals.indices { totals[index] = totals[index] + scores[index] }
      print("| \(row.label) | " + scores.map(cell).joined(separator: " | ") + " |")
      if misses { printMisses(row.label, scores) }
    }
    print("| **all** | " + totals.map(cell).joined(separator: " | ") + " |")
    print("\ncells: recall / precision (matched of expected / of drafted)")
    ImportDocumentFields.printTotals(rows, misses: misses)
  }

  static func cell(_ score: BenchScore) -> String {
    String(
      format: "%.0f%% / %.0f%% (%d/%d/%d)", score.recall * 100, score.precision * 100,
      score.matched,
      score.expected, score.drafted)
  }

  static func compare(expected: BenchItems, drafted: BenchItems) -> [BenchScore] {
    let describe: (Any) -> String = { "\($0)" }
    return [
      BenchScore.score(
        expected: expected.goals, drafted: drafted.goals, describe: describe, matches: goalMatches),
      BenchScore.score(
        expected: expected.baselines, drafted: drafted.baselines, describe: describe,
        matches: goalMatches),
      BenchScore.score(
        expected: expected.clusters, drafted: drafted.clusters, describe: describe,
        exactly: { e, d in e.name == d.name && e.scale == d.scale },
        matches: { e, d in names(e.name, d.name) && e.scale == d.scale }),
      BenchScore.score(
        expected: expected.steps, drafted: drafted.steps, describe: describe,
        exactly: { e, d in e.name == d.name && e.count == d.count },
        matches: { e, d in stepNames(e.name, d.name) && e.count == d.count }),
      BenchScore.score(expected: expected.measures, drafted: drafted.measures, describe: describe) {
        e, d in
        e.title == d.title && e.lead == d.lead && e.responsible == d.responsible
      },
      BenchScore.score(expected: expected.headings, drafted: drafted.headings, describe: describe) {
        e, d in
        // Spacing inside a title is typography (`前  言`, `前　言`, `前 言`), not wording.
        e.number == d.number
          && e.title.filter { !$0.isWhitespace } == d.title.filter { !$0.isWhitespace }
      },
    ]
  }

  /// Same numbers, unit and year; a goal without a number matches one without a number of
  /// the same year whose words share a name.
  static func goalMatches(_ e: BenchItems.Goal, _ d: BenchItems.Goal) -> Bool {
    guard e.numbers.sorted() == d.numbers.sorted(), e.unit == d.unit, e.year == d.year else {
      return false
    }
    return !e.numbers.isEmpty || sharesRun(e.words, d.words)
  }

  /// Two names of one thing: equal, one inside the other, or equal once the abbreviation of
  /// 规模以上工业企业 is read the same however it is written (`规上企业`, `规上工业企业`).
  static func names(_ a: String, _ b: String) -> Bool {
    let (a, b) = (aboveScale(a), aboveScale(b))
    return a == b || (min(a.count, b.count) >= 2 && (a.contains(b) || b.contains(a)))
  }

  static func aboveScale(_ name: String) -> String {
    name.replacingOccurrences(of: "规模以上工业", with: "规上")
      .replacingOccurrences(of: "规模以上", with: "规上")
      .replacingOccurrences(of: "规上工业企业", with: "规上企业")
  }

  /// Ladder steps' names: as `names`, and a class of an industrial plan's enterprises named
  /// with or without `工业` (`十亿元工业企业`, `十亿元企业`) is one name.
  static func stepNames(_ a: String, _ b: String) -> Bool {
    let plain = { (name: String) in name.replacingOccurrences(of: "工业企业", with: "企业") }
    return names(plain(a), plain(b))
  }

  static func sharesRun(_ a: String, _ b: String) -> Bool {
    let x = Array(a)
    guard x.count >= 4 else { return b.contains(a) }
    return (0...(x.count - 4)).contains { b.contains(String(x[$0..<($0 + 4)])) }
  }

  static func printMisses(_ region: String, _ scores: [BenchScore]) {
    for (name, score) in zip(lists, scores) {
      for miss in score.misses { print("  \(region) \(name) MISSED \(miss)") }
      for extra in score.extras { print("  \(region) \(name) EXTRA  \(extra)") }
    }
  }

  static func samplePlans() throws -> [Plan] {
    let folder = BenchSupport.sampleData
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
      $0.hasSuffix(".yaml")
    }.sorted()
    return files.compactMap { file in
      FileBytes.read((folder as NSString).appendingPathComponent(file)).flatMap {
        PlanFileReader.read(bytes: $0, file: file).plan
      }
    }
  }

  /// The outline prepared in docs/checklists (until the sample plans carry theirs).
  static func checklistOutline(root: String, region: String) -> [OutlineHeading] {
    let path = root + "/docs/checklists/drafts/outline/\(region).yaml"
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
    var headings: [OutlineHeading] = []
    for line in text.split(separator: "\n") {
      if line.hasPrefix("labelled_paragraphs") { break }
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("- key:") {
        headings.append(OutlineHeading(key: value(trimmed), number: "", title: "", level: 1))
      } else if trimmed.hasPrefix("number:"), !headings.isEmpty {
        headings[headings.count - 1].number = value(trimmed)
      } else if trimmed.hasPrefix("title:"), !headings.isEmpty {
        headings[headings.count - 1].title = value(trimmed)
      } else if trimmed.hasPrefix("in_text: false"), !headings.isEmpty {
        headings[headings.count - 1].inText = false
      }
    }
    return headings
  }

  private static func value(_ line: String) -> String {
    guard let colon = line.firstIndex(of: ":") else { return "" }
    return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      .trimmingCharacters(in: CharacterSet(charactersIn: "\""))
  }

  /// Draft time in this process (median of 5) and the real binary's wall time and peak memory.
  static func timing(_ file: String, size: Int) throws {
    var times: [Double] = []
    for _ in 0..<5 {
      times.append(
        try BenchSupport.time {
          _ = PlanDrafter().draft(try DocumentReader.read(URL(fileURLWithPath: file)))
        })
    }
    let median = times.sorted()[2]
    let out = NSTemporaryDirectory() + "plandash-bench-import-\(getpid())"
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: out) }
    let run = try BenchSupport.run(BenchSupport.plandashBinary, ["import", file, "--out", out])
    print(
      "\n\((file as NSString).lastPathComponent) (\(size / 1024) KB): read + draft \(BenchSupport.format(seconds: median)) "
        + "(median of 5, goal < 1 s); `plandash import` \(BenchSupport.format(seconds: run.seconds)), "
        + "peak \(BenchSupport.format(bytes: run.peakBytes)) (goal < 200 MB), exit \(run.status)")
  }
}
