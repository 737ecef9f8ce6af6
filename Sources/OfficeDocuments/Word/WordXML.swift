/// The WordprocessingML pieces every part is made of: namespaces, paragraphs and runs.
enum WordXML {
  static let mainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let relationshipNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  /// A paragraph in `style`, with extra paragraph properties, holding `text` (line breaks
  /// become `w:br`).
  static func paragraph(_ text: String, style: String, properties: String = "") -> String {
    "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>\(properties)</w:pPr>\(runs(text))</w:p>"
  }

  /// `text` as runs, a `w:br` at each line break.
  static func runs(_ text: String, properties: String = "") -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let body = lines.map { "<w:t xml:space=\"preserve\">\(XMLText.escape(String($0)))</w:t>" }
      .joined(separator: "<w:br/>")
    guard !text.isEmpty else { return "" }
    let rPr = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
    return "<w:r>\(rPr)\(body)</w:r>"
  }
}
