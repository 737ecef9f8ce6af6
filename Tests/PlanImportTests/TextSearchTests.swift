import Foundation
import Testing

@testable import PlanImport

/// The byte search the rules use finds what Foundation's `range(of:)` finds in a plan's text.
@Suite struct TextSearchTests {
  let text = "到2027年，全市规上工业企业达到500家，规上工业企业营业收入突破1000亿元。"

  @Test func findsTheFirstAndTheLastPlace() throws {
    let first = try #require(text.textRange(of: "规上工业企业"))
    let last = try #require(text.textRange(of: "规上工业企业", backwards: true))
    #expect(first == text.range(of: "规上工业企业"))
    #expect(last == text.range(of: "规上工业企业", options: .backwards))
    #expect(first.lowerBound < last.lowerBound)
    #expect(text[last.upperBound...].hasPrefix("营业收入"))
  }

  @Test func findsInASubstringByItsBaseIndices() throws {
    let comma = try #require(text.firstIndex(of: "，"))
    let tail = text[text.index(after: comma)...]
    let found = try #require(tail.textRange(of: "500家"))
    #expect(text[found] == "500家")
    #expect(found == text.range(of: "500家"))
  }

  @Test func findsNothingForAnAbsentOrEmptyWordOrALongerOne() {
    #expect(text.textRange(of: "亩均税收") == nil)
    #expect(text.textRange(of: "") == nil)
    #expect("规上".textRange(of: "规上工业") == nil)
    #expect(!text.contains("单项冠军"))
    #expect(text.contains("1000亿元"))
  }

  @Test func aMatchStartsACharacterNeverInsideOne() throws {
    // `业` (E4 B8 9A) and `东` (E4 B8 9C) share their first two bytes: no partial match.
    #expect("业务".textRange(of: "东") == nil)
    let found = try #require("产业东部".textRange(of: "东部"))
    #expect("产业东部"[found] == "东部")
  }
}

/// The text the rules read is in canonical composed form, so their byte search finds a word a
/// PDF gives with compatibility ideographs or a decomposed letter.
@Suite struct ComposedTextTests {
  @Test func compatibilityIdeographsAndCombiningMarksAreComposed() {
    // U+F91D 欄 (compatibility) is U+6B04 欄; `e` + U+0301 is `é`.
    let text = DocumentText(
      blocks: [.paragraph("项目\u{F91D}目：Cafe\u{301}"), .table(DocumentTable(rows: [["\u{F91D}"]]))],
      kind: .text)
    let read = text.foldingFullWidthForms
    #expect(read.paragraphs == ["项目\u{6B04}目:Caf\u{E9}"])
    #expect(read.tables.first?.rows == [["\u{6B04}"]])
    #expect(read.paragraphs[0].contains("\u{6B04}目"))
  }
}
