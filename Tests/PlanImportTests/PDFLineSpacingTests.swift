import Testing

@testable import PlanImport

/// Paragraphs of a PDF set apart by space rather than by indents (a web page printed, a Word
/// style with space after each paragraph) are told apart by the gap between their lines.
@Suite("PDF: paragraphs parted by space")
struct PDFLineSpacingTests {
  /// A page of full-width lines 16 high: `texts` each a line, and `gaps` the space above each
  /// line after the first.
  static func page(_ texts: [String], gaps: [Double], width: Double = 400) -> PDFPage {
    var top = 100.0
    var lines: [PDFLine] = []
    for (index, text) in texts.enumerated() {
      if index > 0 { top += 16 + gaps[index - 1] }
      lines.append(
        PDFLine(
          words: [PDFLine.Word(text: text, xMin: 50, xMax: 50 + width)], xMin: 50, yMin: top,
          xMax: 50 + width, yMax: top + 16))
    }
    return PDFPage(width: 595, height: 842, lines: lines)
  }

  @Test("a wider gap after a full line that does not end a sentence starts a paragraph")
  func spacedParagraphs() {
    let texts = [
      "1.支持企业做大做强。对首次进入全省百强的企业给予奖励，到2027年营业收入超50亿元企业达到10",
      "家。(牵头单位:市经信局;配合单位:市财政局、市税务局)",
      "2.推动企业上市挂牌。实施企业上市计划，建立上市后备企业资源库，对进入辅导期的企业给予全",
      "程跟踪服务。(牵头单位:市金融办)",
      "3.强化人才支撑。实施企业家素质提升工程，每年培训企业经营管理人员500人次以上，支持企业引",
      "进高层次人才。(牵头单位:市委人才办)",
      "4.优化营商环境。深化审批制度改革，推行企业投资项目承诺制，压缩审批时间，提升服务效",
      "能。(牵头单位:市政务服务局)",
      "5.加强要素保障。统筹用地、用能和资金指标，优先保障重点企业和重大项目需求，推动要素向优",
      "势企业集聚。(牵头单位:市发展改革委)",
    ]
    let gaps = [4.0, 14, 4, 14, 4, 14, 4, 14, 4]
    let blocks = PDFLayout(pages: [Self.page(texts, gaps: gaps)]).blocks
    #expect(blocks.count == 5)
    if case .paragraph(let first) = blocks.first {
      #expect(first.hasPrefix("1.支持企业做大做强") && first.hasSuffix("市税务局)"))
    }
  }

  @Test("evenly spaced lines keep running on; a page break is no gap")
  func evenSpacing() {
    let texts = (1...9).map { "第\($0)行文字，一段话在页面宽度处折行而没有结束的标点，继续写到下一行" }
    let blocks = PDFLayout(pages: [Self.page(texts, gaps: Array(repeating: 6, count: 8))]).blocks
    #expect(blocks.count == 1)
    let rows = PDFVisualRow.rows(
      of: Self.page(texts, gaps: Array(repeating: 6, count: 8)), number: 0)
    #expect(PDFLineSpacing.lineGap([rows]) == 6)
    var nextPage = rows[0]
    nextPage.page = 1
    #expect(!PDFLineSpacing.parts(rows[8], nextPage, lineGap: 6))
    #expect(PDFLineSpacing.lineGap([Array(rows.prefix(5))]) == nil)
  }
}
