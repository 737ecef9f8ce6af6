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
