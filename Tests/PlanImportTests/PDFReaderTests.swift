import Foundation
import PlandashTestSupport
import Testing

@testable import PlanImport

/// PDFs are read through poppler's pdftotext: skipped where it is missing, failed under CI.
@Suite(.enabled(if: LibreOffice.enabled, Comment(rawValue: LibreOffice.skipReason)))
struct PDFReaderTests {
  @Test func theTaskTableIsRebuiltWithMergedCellsSpread() throws {
    try LibreOffice.require()
    let text = try DocumentReader.read(ImportFixtures.url("task-table.pdf"))
    #expect(text.kind == .pdf)
    #expect(text.tables == [DocxReaderTests.taskTable])
    #expect(
      text.paragraphs.prefix(4) == [
        "示例市制造业高质量发展重点任务分工方案", "一、总体要求", "到2025年，全市规上工业增加值年均增长8%以上，删除的文字，制造业增加值占比稳定在30%左右。",
        "（一）发展目标",
      ])
  }

  @Test func aSeedsLinesAreJoinedBackIntoItsParagraphs() throws {
    try LibreOffice.require()
    let text = try DocumentReader.read(ImportFixtures.url("seed-001.pdf"))
    let seed = ImportFixtures.seedParagraphs("001_6479202b148445dd.txt")
    let squeeze = { (texts: [String]) in texts.joined().filter { !$0.isWhitespace } }
    // Every word of the seed, in order, and no page furniture between.
    #expect(squeeze(text.paragraphs) == squeeze(seed))
    // Lines broken by the page width are joined: at most a paragraph or two split where a
    // line happens to end a sentence at the right margin.
    #expect(text.paragraphs.count >= seed.count && text.paragraphs.count <= seed.count + 3)
    let read = Set(text.paragraphs.map { $0.filter { !$0.isWhitespace } })
    let long = seed.filter { $0.count > 200 }.map { $0.filter { !$0.isWhitespace } }
    #expect(long.filter(read.contains).count * 4 >= long.count * 3)
  }

  @Test func aScanWithNoTextAnEncryptedAndATruncatedPDF() throws {
    try LibreOffice.require()
    let cases: [(String, (String) -> DocumentReadError)] = [
      ("bad/scanned.pdf", { .scannedPDF(path: $0) }),
      ("bad/encrypted.pdf", { .encrypted(path: $0) }),
    ]
    for (name, expected) in cases {
      let url = ImportFixtures.url(name)
      #expect(throws: expected(url.relativePath)) { try DocumentReader.read(url) }
    }
    for name in ["bad/truncated.pdf", "bad/garbage.pdf"] {
      let error = #expect(throws: DocumentReadError.self) {
        try DocumentReader.read(ImportFixtures.url(name))
      }
      guard case .corrupt(_, .pdf, _) = error else {
        Issue.record("\(name): \(String(describing: error))")
        continue
      }
    }
  }

  @Test func withoutPdftotextTheMessageNamesPopplerUtils() throws {
    let url = ImportFixtures.url("seed-001.pdf")
    let expected = DocumentReadError.missingTool(
      path: url.relativePath, tool: "pdftotext", package: "poppler-utils")
    #expect(throws: expected) { try DocumentReader.read(url, tools: ExternalTools(searchPath: [])) }
    #expect(expected.message.zh.contains("poppler-utils"))
  }

  @Test func pageNumbersAndSentenceEnds() {
    for number in ["3", "- 3 -", "— 12 —", "第3页", "第3页共12页", "3/12"] {
      #expect(PDFFurniture.isPageNumber(number), "\(number)")
    }
    for text in ["2025年", "一、总体要求", "3.5"] {
      #expect(!PDFFurniture.isPageNumber(text), "\(text)")
    }
    #expect(PDFText.endsParagraph("现提出如下实施意见。"))
    #expect(PDFText.endsParagraph("“支持打造制造业强县”！”"))
    #expect(!PDFText.endsParagraph("全力打造电子信息、新材料、大健康“三大主导产"))
    #expect(PDFText.joined("增长", "8%以上") == "增长8%以上")
    #expect(PDFText.joined("new", "energy") == "new energy")
  }
}
