import Dashboard
import PlanModel
import Testing

/// A draft's sentences are read with full-width forms folded to ASCII; the review screen shows
/// the text as printed and still finds them, and places headings printed full width.
@Suite struct ReviewDocumentWidthTests {
  let document = ReviewDocument(paragraphs: [
    "二、主要目标", "（一）规模目标。到2027年，全县规上工业产值达到150亿元；新增规上企业30家。",
  ])

  @Test func aFoldedSentenceIsFoundInTheTextAsPrinted() {
    let found = document.sentences(holding: "到2027年,全县规上工业产值达到150亿元")
    #expect(!found.isEmpty)
    #expect(found == document.sentences(holding: "到2027年，全县规上工业产值达到150亿元"))
    #expect(document.sentences(holding: "到2028年,全县规上工业产值").isEmpty)
  }

  @Test func aHeadingPrintedFullWidthIsPlaced() {
    let outline = [
      OutlineHeading(key: "二", number: "二、", title: "主要目标", level: 1),
      OutlineHeading(key: "二(一)", number: "(一)", title: "规模目标", level: 2),
    ]
    #expect(document.headings(of: outline) == ["二", "二(一)"])
  }
}
