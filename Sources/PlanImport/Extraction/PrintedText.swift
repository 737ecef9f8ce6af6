import PlanModel

#if canImport(Glibc)
  import Glibc
#endif

/// The document as printed, to give drafted items their source sentences back in the width
/// they were printed in. The rules read the text with full-width ASCII forms folded
/// (`FullWidthForms`: `，` → `,`), one Unicode scalar for one, so a sentence found in the
/// folded text stands at the same scalar offsets in the printed text.
struct PrintedText {
  /// The folded text's UTF-8.
  private let folded: [UInt8]
  /// For each byte of `folded`, the index of the scalar it belongs to.
  private let scalarAt: [Int32]
  /// Where each scalar value starts in `folded` (byte offsets): a sentence is looked for
  /// only where its first character stands.
  private let starts: [UInt32: [Int32]]
  private let printed: [Unicode.Scalar]

  /// Nil when folding changes nothing (there is nothing to give back).
  init?(_ text: DocumentText) {
    let joined = text.blocks.map { block in
      switch block {
      case .paragraph(let paragraph): paragraph
      case .table(let table): table.rows.map { $0.joined(separator: "\n") }.joined(separator: "\n")
      }
    }.joined(separator: "\n")
    let folded = FullWidthForms.folded(joined)
    guard folded != joined else { return nil }
    var bytes: [UInt8] = []
    var scalarAt: [Int32] = []
    var starts: [UInt32: [Int32]] = [:]
    for (index, scalar) in folded.unicodeScalars.enumerated() {
      starts[scalar.value, default: []].append(Int32(bytes.count))
      for byte in scalar.utf8 {
        bytes.append(byte)
        scalarAt.append(Int32(index))
      }
    }
    self.folded = bytes
    self.scalarAt = scalarAt
    self.starts = starts
    printed = Array(joined.unicodeScalars)
  }

  /// `sentence` (as the rules read it) as printed; itself when it is not in the text.
  func printed(_ sentence: String) -> String {
    let needle = Array(sentence.utf8)
    guard let first = sentence.unicodeScalars.first, let candidates = starts[first.value],
      let offset = firstMatch(needle, among: candidates)
    else { return sentence }
    let start = Int(scalarAt[offset])
    let count = sentence.unicodeScalars.count
    guard start + count <= printed.count else { return sentence }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: printed[start..<start + count])
    return String(view)
  }

  private func firstMatch(_ needle: [UInt8], among candidates: [Int32]) -> Int? {
    folded.withUnsafeBytes { hay in
      needle.withUnsafeBytes { wanted in
        candidates.lazy.map(Int.init).first { at in
          at + wanted.count <= hay.count
            && memcmp(hay.baseAddress! + at, wanted.baseAddress!, wanted.count) == 0
        }
      }
    }
  }

  /// Every source sentence of `plan`, and every measure's text, given back as printed.
  func restore(_ plan: inout Plan) {
    func fix(_ source: inout SourceRef) {
      if let text = source.text { source.text = printed(text) }
    }
    for i in plan.targets.indices { fix(&plan.targets[i].source) }
    for i in plan.indicators.indices { fix(&plan.indicators[i].source) }
    for i in plan.baselineIndicators.indices { fix(&plan.baselineIndicators[i].source) }
    for i in plan.clusters.indices { fix(&plan.clusters[i].source) }
    for i in plan.measures.indices {
      fix(&plan.measures[i].source)
      plan.measures[i].longText = LongText(printed(plan.measures[i].longText.value))
    }
    for i in plan.ladders.indices {
      fix(&plan.ladders[i].source)
      for t in plan.ladders[i].tiers.indices { fix(&plan.ladders[i].tiers[t].source) }
    }
    for i in plan.document.stages.indices {
      if var source = plan.document.stages[i].source {
        fix(&source)
        plan.document.stages[i].source = source
      }
    }
  }
}
