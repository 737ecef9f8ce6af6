import Dashboard
import PlanModel
import Testing

/// A draft's review marks are shown in the reader's language when the CLI names them in
/// both (`markNames`), and as written otherwise.
@Suite struct ReviewMarkLanguageTests {
  func selectedLines(_ state: DraftReviewState) -> [String] {
    var buffer = CellBuffer(width: state.width, height: state.height)
    ReviewView.draw(state, into: &buffer)
    return buffer.lines
  }

  @Test func aNamedMarkShowsInTheReadersLanguage() {
    let state = DraftReviewState(
      plan: ReviewFixtures.plan, draftPath: "drafts/ceshi.yaml",
      document: ReviewDocument(paragraphs: ReviewFixtures.paragraphs), language: .en,
      markNames: ["年份取自段首": Localized(zh: "年份取自段首", en: "year taken from the paragraph's start")],
      width: 160, height: 48)
    let lines = selectedLines(state)
    #expect(lines.contains { $0.contains("year taken from the paragraph's start") })
    #expect(!lines.contains { $0.contains("年份取自段首") })
  }

  @Test func anUnnamedMarkShowsAsWritten() {
    let lines = selectedLines(ReviewFixtures.state(language: .en, width: 160, height: 48))
    #expect(lines.contains { $0.contains("年份取自段首") })
  }
}
