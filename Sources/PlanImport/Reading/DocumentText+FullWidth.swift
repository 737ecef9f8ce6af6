import Foundation
import PlanModel

extension DocumentText {
  /// The text with full-width forms of ASCII characters read as ASCII (`FullWidthForms`) and in
  /// canonical composed form (NFC): what the extraction rules read. The rules find words by
  /// their bytes (`TextSearch`), so a compatibility ideograph a PDF gives (U+F900–U+FAFF) or a
  /// letter and its combining mark must be in the form the rules' words are written in.
  public var foldingFullWidthForms: DocumentText {
    var result = self
    result.blocks = blocks.map { block -> DocumentBlock in
      switch block {
      case .paragraph(let text): .paragraph(Self.readable(text))
      case .table(let table):
        .table(DocumentTable(rows: table.rows.map { $0.map(Self.readable) }))
      }
    }
    return result
  }

  private static func readable(_ text: String) -> String {
    let folded = FullWidthForms.folded(text)
    guard folded.unicodeScalars.contains(where: mayCompose) else { return folded }
    return folded.precomposedStringWithCanonicalMapping
  }

  /// A scalar NFC may change: a combining mark, or a compatibility ideograph (each maps to its
  /// unified ideograph, one for one).
  private static func mayCompose(_ scalar: Unicode.Scalar) -> Bool {
    (0xF900...0xFAFF).contains(scalar.value) || (0x2F800...0x2FA1F).contains(scalar.value)
      || scalar.properties.canonicalCombiningClass != .notReordered
  }
}
