/// Full-width forms of ASCII characters (U+FF01–U+FF5E: `，` `：` `；` `（` `）` `％` `０`–`９` …)
/// read as their ASCII forms, one character for one. Plans on government portals and in
/// Word files are written with full-width punctuation, the seed texts the rules were written
/// on with ASCII punctuation; reading every document the same way lets each rule look for one
/// form. The readers keep the text as printed; the drafter reads it folded, and so does the
/// review screen, so that the drafted source sentences are found in the text it shows. Chinese punctuation with no ASCII form (`、` `。` `“”` `——` `《》`) and the
/// ideographic space stay as they are.
enum FullWidthForms {
  static let range: ClosedRange<UInt32> = 0xFF01...0xFF5E
  static let offset: UInt32 = 0xFEE0

  /// The text with each full-width ASCII form replaced by its ASCII character.
  static func folded(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { range.contains($0.value) }) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if range.contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - offset) {
        scalars.append(ascii)
      } else {
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// The document with every paragraph and table cell folded.
  static func folded(_ document: DocumentText) -> DocumentText {
    var result = document
    result.blocks = document.blocks.map { block -> DocumentBlock in
      switch block {
      case .paragraph(let text): .paragraph(folded(text))
      case .table(let table): .table(DocumentTable(rows: table.rows.map { $0.map(folded) }))
      }
    }
    return result
  }
}

extension DocumentText {
  /// The text with full-width forms of ASCII characters read as ASCII (`FullWidthForms`):
  /// what the extraction rules read, and what a review of a draft shows beside it.
  public var foldingFullWidthForms: DocumentText { FullWidthForms.folded(self) }
}
