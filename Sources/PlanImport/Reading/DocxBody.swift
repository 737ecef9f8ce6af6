/// Walks a .docx body (word/document.xml) into blocks: each paragraph's text with its
/// automatic number as printed, and each table with merged cells spread (`gridSpan`
/// across, `vMerge` down). Deleted revisions, field codes, hidden text and text boxes are
/// not part of the text read.
struct DocxBody {
  var numbering: DocxNumbering
  let styles: DocxStyles

  /// Elements whose text is not the document's printed text here: deleted or moved-away
  /// revisions, field instructions, drawings and text boxes, the fallback copy of
  /// alternate content, and the properties.
  static let skipped: Set<String> = [
    "pPr", "rPr", "del", "delText", "moveFrom", "instrText", "drawing", "pict", "object",
    "txbxContent", "Fallback", "footnoteReference", "endnoteReference", "commentReference",
  ]

  /// The blocks of a container (the body, a table cell, a content control) in order.
  mutating func blocks(of container: XMLPart) -> [DocumentBlock] {
    var result: [DocumentBlock] = []
    for element in container.elements {
      switch element.name {
      case "p":
        if let text = paragraph(element) { result.append(.paragraph(text)) }
      case "tbl":
        result.append(.table(table(element)))
      case "sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag":
        result += blocks(of: element)
      default:
        break
      }
    }
    return result
  }

  /// A paragraph's number and text; nil when it has no text (a numbered empty paragraph
  /// still counts, as in Word).
  mutating func paragraph(_ element: XMLPart) -> String? {
    let label = numberLabel(element.child("pPr")) ?? ""
    var raw = ""
    Self.collectText(element, into: &raw)
    let text = TextCleaning.collapsed(raw)
    return text.isEmpty ? nil : label + text
  }

  /// The label of the paragraph's automatic number, counting it.
  private mutating func numberLabel(_ properties: XMLPart?) -> String? {
    guard let properties else { return nil }
    let own = properties.child("numPr")
    let style = properties.value(of: "pStyle")
    let fromStyle = style.flatMap { styles.numbering(of: $0) }
    guard let numID = own?.value(of: "numId") ?? fromStyle?.numID else { return nil }
    let level =
      own?.value(of: "ilvl").flatMap(Int.init) ?? fromStyle?.level
      ?? style.flatMap { numbering.level(ofStyle: $0, numID: numID) } ?? 0
    return numbering.label(numID: numID, level: level)
  }

  /// The printed text under an element: `w:t` text, tabs as tabs, breaks as line breaks;
  /// hidden runs and `skipped` elements left out.
  static func collectText(_ element: XMLPart, into text: inout String) {
    for child in element.elements where !skipped.contains(child.name) {
      switch child.name {
      case "t": text += child.text
      case "tab", "ptab": text += "\t"
      case "br", "cr": text += "\n"
      case "noBreakHyphen": text += "-"
      case "r" where isHidden(child): continue
      default: collectText(child, into: &text)
      }
    }
  }

  private static func isHidden(_ run: XMLPart) -> Bool {
    run.child("rPr")?.child("vanish").map { OOXMLValue.isOn($0) } ?? false
  }

  /// A table as printed, merged cells spread; a table inside a cell is read into the
  /// cell's text.
  mutating func table(_ element: XMLPart) -> DocumentTable {
    var grid = TableGrid()
    for row in Self.contents(element, named: "tr") {
      grid.startRow()
      let rowProperties = row.child("trPr")
      grid.skip(rowProperties?.value(of: "gridBefore").flatMap(Int.init) ?? 0)
      for cell in Self.contents(row, named: "tc") {
        let properties = cell.child("tcPr")
        let span = properties?.value(of: "gridSpan").flatMap(Int.init) ?? 1
        let merge = properties?.child("vMerge")
        if let merge, (merge.attributes["val"] ?? "continue") == "continue" {
          grid.continueFromAbove(columnSpan: span)
        } else {
          grid.add(CellText.joined(blocks(of: cell)), columnSpan: span)
        }
      }
      grid.skip(rowProperties?.value(of: "gridAfter").flatMap(Int.init) ?? 0)
    }
    return DocumentTable(rows: grid.paddedRows)
  }

  /// The children named `name`, also those a content control or custom XML wraps.
  static func contents(_ element: XMLPart, named name: String) -> [XMLPart] {
    element.elements.flatMap { child -> [XMLPart] in
      if child.name == name { return [child] }
      if ["sdt", "sdtContent", "customXml"].contains(child.name) {
        return contents(child, named: name)
      }
      return []
    }
  }
}
