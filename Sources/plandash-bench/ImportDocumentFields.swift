import PlanModel

/// The region's and the document's own data a draft holds (issue 12: "the region (name,
/// level, parent and province where the text says) and the document (title, issuer, issue
/// date, 文号, horizon)"), scored field by field: a field the expected plan gives is expected,
/// one the draft gives is drafted, and it matches when both say the same, written alike
/// (quotes, spaces and the mark between several issuers aside).
enum ImportDocumentFields {
  static let names = [
    "region", "level", "parent", "province", "title", "issuer", "issued", "文号", "horizon",
  ]

  /// One score a field, in the order of `names`.
  static func scores(expected: Plan, drafted: Plan) -> [BenchScore] {
    zip(values(expected), values(drafted)).map { want, got in
      let wanted = want.map(normalized)
      let given = got.map(normalized)
      var score = BenchScore(
        expected: wanted == nil ? 0 : 1, drafted: given == nil ? 0 : 1,
        matched: wanted != nil && wanted == given ? 1 : 0)
      if let want, score.matched == 0 { score.misses = [want] }
      if let got, score.matched == 0 { score.extras = [got] }
      return score
    }
  }

  /// The fields' values as the plan holds them; nil where it holds none.
  static func values(_ plan: Plan) -> [String?] {
    let region = plan.region
    let document = plan.document
    return [
      region.name, region.level.rawValue, region.parent, region.province, document.title,
      document.issuer, document.issued?.description, document.docNumber,
      "\(document.horizon.start)–\(document.horizon.end)",
    ].map { $0?.isEmpty == true ? nil : $0 }
  }

  /// A value as it reads: without quotes or spaces, several issuers parted by `、`.
  static func normalized(_ value: String) -> String {
    var text = ""
    var pendingSeparator = false
    for character in value {
      if "\"'“”‘’".contains(character) { continue }
      if character.isWhitespace || character == "、" {
        pendingSeparator = !text.isEmpty
        continue
      }
      if pendingSeparator { text.append("、") }
      pendingSeparator = false
      text.append(character)
    }
    return text.replacingOccurrences(of: "(", with: "（").replacingOccurrences(of: ")", with: "）")
  }

  /// One line a field over all rows: recall / precision (matched/expected/drafted); with
  /// `misses`, each document's differing values.
  static func printTotals(_ rows: [(label: String, scores: DraftScores)], misses: Bool) {
    print("\ndocument fields (the region's and the document's own data):")
    var cells: [String] = []
    for (index, name) in names.enumerated() {
      let total = rows.map { $0.scores.fields[index] }.reduce(BenchScore(), +)
      cells.append("\(name) \(ImportBenchmark.cell(total))")
    }
    print("  " + cells.joined(separator: " · "))
    guard misses else { return }
    for row in rows {
      for (name, score) in zip(names, row.scores.fields) where score.matched == 0 {
        guard !score.misses.isEmpty || !score.extras.isEmpty else { continue }
        print(
          "  \(row.label) \(name): expected \(score.misses.first ?? "—"), drafted \(score.extras.first ?? "—")"
        )
      }
    }
  }
}
