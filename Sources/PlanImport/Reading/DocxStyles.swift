/// The numbering a .docx's paragraph styles carry (word/styles.xml): a heading style is
/// often numbered through its style rather than the paragraph's own properties.
struct DocxStyles {
  private struct Style {
    var basedOn: String?
    var numID: String?
    var level: Int?
  }

  private var styles: [String: Style] = [:]

  init(_ part: XMLPart?) {
    for element in part?.elements ?? [] where element.name == "style" {
      guard let id = element.attributes["styleId"] else { continue }
      let numbering = element.child("pPr")?.child("numPr")
      styles[id] = Style(
        basedOn: element.value(of: "basedOn"), numID: numbering?.value(of: "numId"),
        level: numbering?.value(of: "ilvl").flatMap(Int.init))
    }
  }

  /// The numbering instance and level the style (or one it is based on) gives its
  /// paragraphs, if any; the level is nil when the style names none.
  func numbering(of styleID: String) -> (numID: String, level: Int?)? {
    var current: String? = styleID
    var seen: Set<String> = []
    while let id = current, seen.insert(id).inserted, let style = styles[id] {
      if let numID = style.numID { return (numID, style.level) }
      current = style.basedOn
    }
    return nil
  }
}
