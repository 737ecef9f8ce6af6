import PlanModel

extension DocumentText {
  /// The text with full-width forms of ASCII characters read as ASCII (`FullWidthForms`):
  /// what the extraction rules read.
  public var foldingFullWidthForms: DocumentText {
    var result = self
    result.blocks = blocks.map { block -> DocumentBlock in
      switch block {
      case .paragraph(let text): .paragraph(FullWidthForms.folded(text))
      case .table(let table):
        .table(DocumentTable(rows: table.rows.map { $0.map(FullWidthForms.folded) }))
      }
    }
    return result
  }
}
