import Foundation

/// The parts of a .docx besides the body and the styles: content types, relationships,
/// settings (odd and even footers differ), the two footers with the page number in the
/// 公文 way (`— 1 —`, 四号 宋体; odd pages on the right, even on the left, one character in)
/// and the document properties.
enum WordPackageParts {
  static let oddFooterID = "rIdFooterOdd"
  static let evenFooterID = "rIdFooterEven"

  static let officeDocument =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
  static let relationshipTypes =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
  static let contentTypeBase = "application/vnd.openxmlformats-officedocument."

  static let contentTypes: String = {
    var xml = XMLText.declaration
    xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    xml +=
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    let overrides = [
      ("/word/document.xml", "wordprocessingml.document.main+xml"),
      ("/word/styles.xml", "wordprocessingml.styles+xml"),
      ("/word/settings.xml", "wordprocessingml.settings+xml"),
      ("/word/fontTable.xml", "wordprocessingml.fontTable+xml"),
      ("/word/footer1.xml", "wordprocessingml.footer+xml"),
      ("/word/footer2.xml", "wordprocessingml.footer+xml"),
      ("/docProps/app.xml", "extended-properties+xml"),
    ]
    for (part, type) in overrides {
      xml += "<Override PartName=\"\(part)\" ContentType=\"\(contentTypeBase)\(type)\"/>"
    }
    xml +=
      "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    return xml + "</Types>"
  }()

  static func relationships(_ entries: [(id: String, type: String, target: String)]) -> String {
    var xml = XMLText.declaration
    xml += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    for entry in entries {
      xml += "<Relationship Id=\"\(entry.id)\" Type=\"\(entry.type)\" Target=\"\(entry.target)\"/>"
    }
    return xml + "</Relationships>"
  }

  static let packageRelationships = relationships([
    ("rId1", officeDocument, "word/document.xml"),
    (
      "rId2",
      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
      "docProps/core.xml"
    ),
    ("rId3", relationshipTypes + "extended-properties", "docProps/app.xml"),
  ])

  static let documentRelationships = relationships([
    ("rIdStyles", relationshipTypes + "styles", "styles.xml"),
    ("rIdSettings", relationshipTypes + "settings", "settings.xml"),
    ("rIdFonts", relationshipTypes + "fontTable", "fontTable.xml"),
    (oddFooterID, relationshipTypes + "footer", "footer1.xml"),
    (evenFooterID, relationshipTypes + "footer", "footer2.xml"),
  ])

  static let settings =
    XMLText.declaration + "<w:settings xmlns:w=\"\(WordXML.mainNamespace)\">"
    + "<w:evenAndOddHeaders/><w:defaultTabStop w:val=\"420\"/>"
    + "<w:characterSpacingControl w:val=\"compressPunctuation\"/>"
    + "<w:compat><w:compatSetting w:name=\"compatibilityMode\""
    + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
    + "</w:settings>"

  /// A footer with `— PAGE —`: odd pages right-aligned, even pages left-aligned, each one
  /// 四号 character (14 pt) in from the margin.
  static func footer(odd: Bool) -> String {
    let place =
      odd
      ? "<w:jc w:val=\"right\"/><w:ind w:right=\"280\"/>"
      : "<w:jc w:val=\"left\"/><w:ind w:left=\"280\"/>"
    var xml = XMLText.declaration
    xml +=
      "<w:ftr xmlns:w=\"\(WordXML.mainNamespace)\" xmlns:r=\"\(WordXML.relationshipNamespace)\">"
    xml += "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/>\(place)</w:pPr>"
    xml += WordXML.runs("— ")
    xml += "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
    xml += "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
    xml += "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + WordXML.runs("1")
    xml += "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + WordXML.runs(" —")
    return xml + "</w:p></w:ftr>"
  }

  static func core(title: String, author: String, created: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    let when = formatter.string(from: created)
    return XMLText.declaration
      + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
      + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
      + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
      + "<dc:title>\(XMLText.escape(title))</dc:title><dc:creator>\(XMLText.escape(author))</dc:creator>"
      + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(when)</dcterms:created>"
      + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(when)</dcterms:modified>"
      + "</cp:coreProperties>"
  }

  static let app =
    XMLText.declaration
    + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
    + "<Application>plandash</Application></Properties>"
}
