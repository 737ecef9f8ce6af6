import Foundation
import PlandashTestSupport
import Testing

@testable import PlanImport

@Suite struct PlainTextReaderTests {
  @Test func utf8LinesBecomeTrimmedParagraphs() throws {
    let folder = TemporaryFolder()
    let file = folder.write("plan.txt", "  一、总体要求\n\n\u{3000}\u{3000}（一）发展目标。到2027年，\t\n二、重点任务\n")
    let text = try DocumentReader.read(URL(fileURLWithPath: file))
    #expect(text.kind == .text)
    #expect(text.origin == nil)
    #expect(text.paragraphs == ["一、总体要求", "（一）发展目标。到2027年，", "二、重点任务"])
  }

  @Test func aByteOrderMarkAndCRLFAreNotPartOfTheText() throws {
    let folder = TemporaryFolder()
    let file = folder.write("bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("第一段\r\n第二段\r\n".utf8))
    let text = try DocumentReader.read(URL(fileURLWithPath: file))
    #expect(text.paragraphs == ["第一段", "第二段"])
  }

  @Test func aSourceLineFirstIsTheOrigin() throws {
    let folder = TemporaryFolder()
    let file = folder.write(
      "excerpt.txt", "\n# source: https://www.example.gov.cn/zwgk/plan.html\n到2025年，全市规上工业增加值")
    let text = try DocumentReader.read(URL(fileURLWithPath: file))
    #expect(text.origin == "https://www.example.gov.cn/zwgk/plan.html")
    #expect(text.paragraphs == ["到2025年，全市规上工业增加值"])
  }

  @Test func aSourceLineLaterIsText() throws {
    let folder = TemporaryFolder()
    let file = folder.write("later.txt", "标题\n# source: https://example.org\n")
    let text = try DocumentReader.read(URL(fileURLWithPath: file))
    #expect(text.origin == nil)
    #expect(text.paragraphs == ["标题", "# source: https://example.org"])
  }

  @Test func gb18030IsDetectedAndDecoded() throws {
    let text = try DocumentReader.read(ImportFixtures.url("gb18030-excerpt.txt"))
    let expected = Array(ImportFixtures.seedParagraphs("001_6479202b148445dd.txt").prefix(6))
    #expect(expected.count == 6)
    #expect(text.paragraphs == expected)
  }

  @Test func utf16WithItsMarkIsDecoded() throws {
    let folder = TemporaryFolder()
    let units = Array("制造业强县\n".utf16)
    let bytes: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let file = folder.write("utf16.txt", bytes: bytes)
    #expect(try DocumentReader.read(URL(fileURLWithPath: file)).paragraphs == ["制造业强县"])
  }

  @Test func sourceLineVariants() {
    #expect(PlainTextReader.sourceLine("#source：http://a.cn/x") == "http://a.cn/x")
    #expect(PlainTextReader.sourceLine("# Source: http://a.cn/x ") == "http://a.cn/x")
    #expect(PlainTextReader.sourceLine("# sources http://a.cn/x") == nil)
    #expect(PlainTextReader.sourceLine("# source:") == nil)
  }
}
