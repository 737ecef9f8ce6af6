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

/// A header whose names wrap onto several lines, a short label centred across them and a
/// taller name starting higher: one header row; a first-column name wrapped below its full
/// line stays its row's.
@Suite("PDF: a table header wrapped onto several lines")
struct PDFWrappedHeaderTests {
  static func line(_ text: String, x: Double, top: Double, width: Double) -> PDFLine {
    PDFLine(
      words: [PDFLine.Word(text: text, xMin: x, xMax: x + width)], xMin: x, yMin: top,
      xMax: x + width, yMax: top + 14.3)
  }

  @Test("the header's lines are joined by column; the rows below keep their cells")
  func wrappedHeader() {
    let lines = [
      Self.line("新增规上工", x: 361.5, top: 439.2, width: 55),
      Self.line("规上工业总", x: 137.4, top: 447.1, width: 66),
      Self.line("工业投资", x: 217.7, top: 447.1, width: 66),
      Self.line("技改项目", x: 301.6, top: 447.1, width: 44),
      Self.line("单位", x: 61.3, top: 455.0, width: 22),
      Self.line("业企业", x: 361.5, top: 455.0, width: 33),
      Self.line("值(亿元)", x: 137.4, top: 462.9, width: 44),
      Self.line("(亿元)", x: 217.7, top: 462.9, width: 33),
      Self.line("(个)", x: 301.6, top: 462.9, width: 22),
      Self.line("(家)", x: 361.5, top: 470.8, width: 22),
      Self.line("苇塘经济开发", x: 61.3, top: 509.8, width: 66),
      Self.line("265", x: 137.4, top: 516.9, width: 16),
      Self.line("52", x: 217.7, top: 516.9, width: 11),
      Self.line("20", x: 301.6, top: 516.9, width: 11),
      Self.line("14", x: 361.5, top: 516.9, width: 11),
      Self.line("区", x: 61.3, top: 525.6, width: 11),
      Self.line("柳湾镇", x: 61.3, top: 564.6, width: 33),
      Self.line("36", x: 137.4, top: 563.8, width: 11),
      Self.line("8", x: 217.7, top: 563.8, width: 6),
      Self.line("5", x: 301.6, top: 563.8, width: 6),
      Self.line("4", x: 361.5, top: 563.8, width: 6),
    ]
    let page = PDFPage(width: 595, height: 842, lines: lines)
    let blocks = PDFLayout(pages: [page]).blocks
    guard blocks.count == 1, case .table(let table) = blocks[0] else {
      Issue.record("not one table: \(blocks)")
      return
    }
    #expect(table.rows[0] == ["单位", "规上工业总值(亿元)", "工业投资(亿元)", "技改项目(个)", "新增规上工业企业(家)"])
    #expect(table.rows[1] == ["苇塘经济开发区", "265", "52", "20", "14"])
    #expect(table.rows[2] == ["柳湾镇", "36", "8", "5", "4"])
  }
}
