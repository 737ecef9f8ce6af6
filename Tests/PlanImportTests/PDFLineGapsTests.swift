import Testing

@testable import PlanImport

/// Neighbouring table cells poppler put on one line are cut apart at the wide gap between
/// them; the words of one run of text stay together.
@Suite("PDF: a line cut at the gaps between table cells")
struct PDFLineGapsTests {
  static func line(_ words: [(String, Double, Double)]) -> PDFLine {
    PDFLine(
      words: words.map { PDFLine.Word(text: $0.0, xMin: $0.1, xMax: $0.2) },
      xMin: words.first?.1 ?? 0, yMin: 100, xMax: words.last?.2 ?? 0, yMax: 114)
  }

  @Test("cells 11 points apart on a 14-point line are parted; a space of 4 points is not")
  func parts() {
    let cells = Self.line([
      ("规上工业增加值增速(%)", 254.1, 369.5), ("规上工业企业数(家)", 380.3, 475.6),
      ("工业投资(亿元)", 486.5, 559.9),
    ])
    #expect(cells.partedAtGaps.map(\.text) == ["规上工业增加值增速(%)", "规上工业企业数(家)", "工业投资(亿元)"])
    #expect(cells.partedAtGaps.map(\.xMin) == [254.1, 380.3, 486.5])
    let prose = Self.line([
      ("2024", 61.3, 83.3), ("年(基期)", 85.5, 125.9), ("new", 130, 150), ("energy", 154, 190),
    ])
    #expect(prose.partedAtGaps.count == 1)
    #expect(prose.partedAtGaps[0].text == prose.text)
  }
}

/// A table whose columns are as wide as their widest text (a web page's, a table fitted to
/// its contents): every cell looks full, yet a row below a gap is a new row.
@Suite("PDF: a table of columns fitted to their text")
struct PDFFittedTableTests {
  @Test("each row of a year-by-year table stays a row of its own")
  func rowsStayApart() {
    let columns: [(Double, Double)] = [(61, 126), (137, 243), (254, 370), (380, 476)]
    let texts = [
      ["年度", "规上工业总产值(亿元)", "规上工业增加值增速(%)", "规上工业企业数(家)"],
      ["2024年(基期)", "486", "7.8", "312"], ["2025年", "560", "9.0", "350"],
      ["2026年", "650", "9.5", "390"],
    ]
    var lines: [PDFLine] = []
    for (index, row) in texts.enumerated() {
      let top = 73 + Double(index) * 38
      for (column, text) in row.enumerated() {
        // Header cells fill their columns; the first column's year cells nearly do.
        let right = index == 0 || column == 0 ? columns[column].1 : columns[column].0 + 17
        lines.append(
          PDFLine(
            words: [PDFLine.Word(text: text, xMin: columns[column].0, xMax: right)],
            xMin: columns[column].0, yMin: top, xMax: right, yMax: top + 14))
      }
    }
    let blocks = PDFLayout(pages: [PDFPage(width: 595, height: 842, lines: lines)]).blocks
    guard case .table(let table) = blocks.first else {
      Issue.record("no table: \(blocks)")
      return
    }
    #expect(table.rows.map(\.first) == ["年度", "2024年(基期)", "2025年", "2026年"])
    #expect(table.rows.map { $0[1] } == ["规上工业总产值(亿元)", "486", "560", "650"])
  }
}

/// Page furniture is what recurs: a two-page PDF's title, alone in its first page's top
/// tenth, stays; a running head on both pages goes.
@Suite("PDF: a two-page document's title is no running head")
struct PDFTwoPageFurnitureTests {
  static func line(_ text: String, top: Double) -> PDFLine {
    PDFLine(
      words: [PDFLine.Word(text: text, xMin: 60, xMax: 300)], xMin: 60, yMin: top, xMax: 300,
      yMax: top + 16)
  }

  @Test("the title of page one stays, a head on both pages goes")
  func titleStays() {
    let first = PDFPage(
      width: 595, height: 842,
      lines: [
        Self.line("X县政务公开", top: 20), Self.line("X县工业园区攻坚方案", top: 60),
        Self.line("一、总体要求", top: 200),
      ])
    let second = PDFPage(
      width: 595, height: 842,
      lines: [Self.line("X县政务公开", top: 20), Self.line("二、攻坚任务", top: 200)])
    let kept = PDFFurniture.removed(from: [first, second]).flatMap(\.lines).map(\.text)
    #expect(kept == ["X县工业园区攻坚方案", "一、总体要求", "二、攻坚任务"])
  }
}
