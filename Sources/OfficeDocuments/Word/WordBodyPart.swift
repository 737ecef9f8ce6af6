/// `word/document.xml`: the blocks in order, then the section — A4, the GB/T 9704 margins,
/// a 22-line grid, odd and even footers with the page number.
enum WordBodyPart {
  typealias L = GBT9704Layout

  static func xml(_ document: WordDocument) -> String {
    var xml = XMLText.declaration
    xml +=
      "<w:document xmlns:w=\"\(WordXML.mainNamespace)\" xmlns:r=\"\(WordXML.relationshipNamespace)\">"
    xml += "<w:body>"
    var previousWasTable = false
    for block in document.blocks {
      if case .table = block, previousWasTable {
        xml += WordXML.paragraph("", style: "TableNote")  // tables never run together
      }
      xml += self.block(block)
      if case .table = block { previousWasTable = true } else { previousWasTable = false }
    }
    return xml + section + "</w:body></w:document>"
  }

  static func block(_ block: WordDocument.Block) -> String {
    switch block {
    case .title(let text): WordXML.paragraph(text, style: "DocTitle")
    case .subtitle(let text): WordXML.paragraph(text, style: "Subtitle")
    case .heading1(let text): WordXML.paragraph(text, style: "Heading1")
    case .heading2(let text): WordXML.paragraph(text, style: "Heading2")
    case .paragraph(let text): WordXML.paragraph(text, style: "Normal")
    case .note(let text): WordXML.paragraph(text, style: "TableNote")
    case .table(let table): WordTablePart.xml(table)
    case .date(let text): WordXML.paragraph(text, style: "DocDate")
    }
  }

  static let section =
    "<w:sectPr>"
    + "<w:footerReference w:type=\"default\" r:id=\"\(WordPackageParts.oddFooterID)\"/>"
    + "<w:footerReference w:type=\"even\" r:id=\"\(WordPackageParts.evenFooterID)\"/>"
    + "<w:pgSz w:w=\"\(L.pageWidth)\" w:h=\"\(L.pageHeight)\"/>"
    + "<w:pgMar w:top=\"\(L.marginTop)\" w:right=\"\(L.marginRight)\" w:bottom=\"\(L.marginBottom)\""
    + " w:left=\"\(L.marginLeft)\" w:header=\"\(L.headerDistance)\" w:footer=\"\(L.footerDistance)\""
    + " w:gutter=\"0\"/>"
    + "<w:pgNumType w:fmt=\"decimal\" w:start=\"1\"/><w:cols w:space=\"425\"/>"
    + "<w:docGrid w:type=\"lines\" w:linePitch=\"\(L.linePitch)\"/></w:sectPr>"
}
