/// `word/styles.xml`: the document defaults (仿宋_GB2312 三号, fixed 28.95 pt lines,
/// Chinese text) and one paragraph style per kind of block, so that a reader who changes a
/// style in Word or WPS changes every paragraph of that kind.
enum WordStylesPart {
  typealias L = GBT9704Layout

  static func xml(language: String) -> String {
    var xml = XMLText.declaration
    xml += "<w:styles xmlns:w=\"\(WordXML.mainNamespace)\">"
    xml += "<w:docDefaults><w:rPrDefault><w:rPr>" + WordFonts.runFonts(WordFonts.body)
    xml += "<w:kern w:val=\"2\"/><w:sz w:val=\"\(L.size3)\"/><w:szCs w:val=\"\(L.size3)\"/>"
    xml += "<w:lang w:val=\"\(language)\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>"
    xml += "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
    xml +=
      "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"\(L.linePitch)\" w:lineRule=\"exact\"/>"
    // Chinese is justified as a 公文 is; English left-aligned (justified English in wide
    // type leaves gaps).
    let justification = language.hasPrefix("zh") ? "both" : "left"
    xml += "<w:jc w:val=\"\(justification)\"/></w:pPr></w:pPrDefault></w:docDefaults>"
    for style in styles { xml += style }
    return xml + "</w:styles>"
  }

  static func style(
    _ id: String, name: String, paragraph: String = "", run: String = "", outline: Int? = nil,
    isDefault: Bool = false
  ) -> String {
    let outlineLevel = outline.map { "<w:outlineLvl w:val=\"\($0)\"/>" } ?? ""
    return
      "<w:style w:type=\"paragraph\"\(isDefault ? " w:default=\"1\"" : "") w:styleId=\"\(id)\">"
      + "<w:name w:val=\"\(name)\"/>" + (isDefault ? "" : "<w:basedOn w:val=\"Normal\"/>")
      + "<w:qFormat/><w:pPr><w:widowControl/>\(paragraph)\(outlineLevel)</w:pPr>"
      + "<w:rPr>\(run)</w:rPr></w:style>"
  }

  static func size(_ halfPoints: Int) -> String {
    "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>"
  }

  static let indent = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"\(L.twoCharacters)\"/>"
  static let centred = "<w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>"
  /// Single-spaced and off the document grid: tables and footers take the lines their
  /// smaller type needs, not the body's 28.95 pt each.
  static let single = "<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"240\" w:lineRule=\"auto\"/>"

  static let styles = [
    style("Normal", name: "Normal", paragraph: indent, isDefault: true),
    style(
      "DocTitle", name: "Title",
      paragraph: "<w:keepNext/><w:spacing w:line=\"\(L.titleLinePitch)\" w:lineRule=\"exact\"/>"
        + centred,
      run: WordFonts.runFonts(WordFonts.title) + size(L.size2)),
    style(
      "Subtitle", name: "Subtitle", paragraph: "<w:keepNext/>" + centred,
      run: WordFonts.runFonts(WordFonts.heading2) + size(L.size3)),
    style(
      "Heading1", name: "heading 1", paragraph: "<w:keepNext/>" + indent,
      run: WordFonts.runFonts(WordFonts.heading1) + size(L.size3), outline: 0),
    style(
      "Heading2", name: "heading 2", paragraph: "<w:keepNext/>" + indent,
      run: WordFonts.runFonts(WordFonts.heading2) + size(L.size3), outline: 1),
    style(
      "TableNote", name: "Table Note",
      paragraph: "<w:snapToGrid w:val=\"0\"/>"
        + "<w:spacing w:before=\"60\" w:after=\"60\" w:line=\"300\" w:lineRule=\"auto\"/>"
        + "<w:ind w:firstLine=\"0\"/>",
      run: size(L.size5 + 3)),
    style(
      "TableText", name: "Table Text", paragraph: single + "<w:ind w:firstLine=\"0\"/>",
      run: size(L.size5)),
    style(
      "TableHeader", name: "Table Header",
      paragraph: single + "<w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
      run: WordFonts.runFonts(WordFonts.heading1) + size(L.size5)),
    style(
      "DocDate", name: "Date",
      paragraph: "<w:spacing w:before=\"\(L.linePitch)\"/>"
        + "<w:ind w:firstLine=\"0\" w:right=\"\(L.twoCharacters * 2)\"/><w:jc w:val=\"right\"/>"),
    style(
      "Footer", name: "footer", paragraph: single + "<w:ind w:firstLine=\"0\"/>",
      run: WordFonts.runFonts(WordFonts.pageNumber) + size(L.size4)),
  ]
}
