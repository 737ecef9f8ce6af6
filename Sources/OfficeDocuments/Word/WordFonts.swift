/// The typefaces of a 公文 and how Word and WPS find them when the named one is missing:
/// each run names its East Asian face (`w:rFonts w:eastAsia`), and the font table gives the
/// face's other name (`w:altName`: 仿宋_GB2312 → 仿宋, 仿宋 → FangSong, the names Windows and
/// WPS ship), its PANOSE class and its character set (86 = GB2312), which Word and WPS use to
/// pick the closest face installed. LibreOffice matches the same names through fontconfig,
/// which falls back to the system's CJK font (Noto Serif/Sans CJK SC, WenQuanYi) for
/// `zh-CN` text.
public enum WordFonts {
  struct Face {
    var name: String
    var altName: String?
    var panose: String
    /// `86` for GB2312 (Chinese), `00` for ANSI (Latin).
    var charset: String
    var family: String
    var pitch: String
  }

  /// 仿宋_GB2312: the body.
  static let body = "仿宋_GB2312"
  /// 黑体: 一级标题 and table headers.
  static let heading1 = "黑体"
  /// 楷体_GB2312: 二级标题 and the line under the title.
  static let heading2 = "楷体_GB2312"
  /// 方正小标宋简体: the title.
  static let title = "方正小标宋简体"
  /// 宋体: the page numbers.
  static let pageNumber = "宋体"
  /// Latin letters and figures.
  static let latin = "Times New Roman"

  static let faces = [
    Face(
      name: body, altName: "仿宋", panose: "02010609030101010101", charset: "86",
      family: "modern", pitch: "fixed"),
    Face(
      name: "仿宋", altName: "FangSong", panose: "02010609060101010101", charset: "86",
      family: "modern", pitch: "fixed"),
    Face(
      name: heading1, altName: "SimHei", panose: "02010609060101010101", charset: "86",
      family: "modern", pitch: "fixed"),
    Face(
      name: heading2, altName: "楷体", panose: "02010609030101010101", charset: "86",
      family: "modern", pitch: "fixed"),
    Face(
      name: "楷体", altName: "KaiTi", panose: "02010609060101010101", charset: "86",
      family: "modern", pitch: "fixed"),
    Face(
      name: title, altName: "宋体", panose: "02000000000000000000", charset: "86",
      family: "auto", pitch: "variable"),
    Face(
      name: pageNumber, altName: "SimSun", panose: "02010600030101010101", charset: "86",
      family: "auto", pitch: "variable"),
    Face(
      name: latin, altName: nil, panose: "02020603050405020304", charset: "00",
      family: "roman", pitch: "variable"),
  ]

  /// `word/fontTable.xml`.
  static var tablePart: String {
    var xml = XMLText.declaration
    xml += "<w:fonts xmlns:w=\"\(WordXML.mainNamespace)\">"
    for face in faces {
      xml += "<w:font w:name=\"\(XMLText.escape(face.name))\">"
      if let alt = face.altName { xml += "<w:altName w:val=\"\(XMLText.escape(alt))\"/>" }
      xml += "<w:panose1 w:val=\"\(face.panose)\"/><w:charset w:val=\"\(face.charset)\"/>"
      xml += "<w:family w:val=\"\(face.family)\"/><w:pitch w:val=\"\(face.pitch)\"/></w:font>"
    }
    return xml + "</w:fonts>"
  }

  /// A run's fonts: `eastAsia` for Chinese, Times New Roman for Latin letters and figures.
  static func runFonts(_ eastAsia: String) -> String {
    let name = XMLText.escape(eastAsia)
    return "<w:rFonts w:ascii=\"\(latin)\" w:hAnsi=\"\(latin)\" w:eastAsia=\"\(name)\""
      + " w:cs=\"\(latin)\" w:hint=\"eastAsia\"/>"
  }
}
