/// Walks a page's body into blocks: text gathered into a paragraph until a block element
/// (p, div, li, h1–h6, br …) ends it; data tables kept as tables, merged cells spread;
/// scripts, styles, navigation, headers and footers dropped (`HTMLFurniture`).
struct HTMLWalker {
  private(set) var blocks: [DocumentBlock] = []
  private var paragraph = ""
  /// Inside an `<article>` or `<main>`, where a header or footer is the article's own.
  private var inArticle = false
  private var inPre = false

  static let blockElements: Set<String> = [
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "section", "article", "main", "blockquote", "pre", "address", "center", "figure",
    "figcaption", "hr", "caption", "tr", "td", "th", "thead", "tbody", "tfoot", "header",
    "footer", "body", "html",
  ]

  mutating func walk(_ node: MarkupNode) {
    switch node.kind {
    case .text, .cdata: addText(node.content)
    case .element: walkElement(node)
    case .other: break
    }
  }

  private mutating func walkElement(_ node: MarkupNode) {
    let name = HTMLNode.name(node)
    guard !HTMLFurniture.isFurniture(node, name: name, inArticle: inArticle) else { return }
    if name == "table" {
      finishParagraph()
      addTable(node)
      return
    }
    let isBlock = Self.blockElements.contains(name)
    if isBlock { finishParagraph() }
    let (wasInArticle, wasInPre) = (inArticle, inPre)
    inArticle = inArticle || name == "article" || name == "main"
    inPre = inPre || name == "pre"
    for child in node.children { walk(child) }
    (inArticle, inPre) = (wasInArticle, wasInPre)
    if isBlock { finishParagraph() }
  }

  private mutating func addText(_ text: String) {
    guard inPre else {
      paragraph += text
      return
    }
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    for (index, line) in lines.enumerated() {
      if index > 0 { finishParagraph() }
      paragraph += line
    }
  }

  /// Ends the paragraph being gathered (white space collapsed), if it holds any text.
  mutating func finishParagraph() {
    let text = TextCleaning.collapsed(paragraph)
    paragraph = ""
    if !text.isEmpty { blocks.append(.paragraph(text)) }
  }

  /// A data table as a table; a table used for layout (one holding tables, one column, or
  /// cells of whole passages) as the blocks of its cells in order.
  private mutating func addTable(_ table: MarkupNode) {
    var grid = TableGrid()
    var cellBlocks: [[DocumentBlock]] = []
    for row in HTMLTableRows.rows(of: table) {
      grid.startRow()
      for cell in row.children where ["td", "th"].contains(HTMLNode.name(cell)) {
        var inner = HTMLWalker(inArticle: inArticle)
        for child in cell.children { inner.walk(child) }
        inner.finishParagraph()
        cellBlocks.append(inner.blocks)
        grid.add(
          CellText.joined(inner.blocks), columnSpan: HTMLTableRows.span(cell, "colspan"),
          rowSpan: HTMLTableRows.span(cell, "rowspan"))
      }
    }
    let rows = grid.paddedRows
    if HTMLNode.contains(table, elementNamed: "table") || !CellText.isDataTable(rows, cellBlocks) {
      blocks += cellBlocks.flatMap { $0 }
    } else {
      blocks.append(.table(DocumentTable(rows: rows)))
    }
  }

  private init(inArticle: Bool) {
    self.inArticle = inArticle
  }

  init() {}
}

/// The rows of an HTML table, through thead, tbody and tfoot, not those of tables inside.
enum HTMLTableRows {
  static func rows(of table: MarkupNode) -> [MarkupNode] {
    table.children.flatMap { child -> [MarkupNode] in
      switch HTMLNode.name(child) {
      case "tr": [child]
      case "thead", "tbody", "tfoot": child.children.filter { HTMLNode.name($0) == "tr" }
      default: []
      }
    }
  }

  /// A cell's colspan or rowspan: a whole number from 1 to 1000, else 1.
  static func span(_ cell: MarkupNode, _ attribute: String) -> Int {
    let value = HTMLNode.attribute(cell, attribute).map(TextCleaning.trimmed)
    guard let value, let number = Int(value), number >= 1 else { return 1 }
    return min(number, 1000)
  }
}
