import Dashboard
import PlanModel
import Testing

@Suite struct ReviewKeyTableTests {
  typealias F = ReviewFixtures

  func press(_ keys: Key..., on state: inout DraftReviewState) {
    for key in keys {
      if let action = ReviewKeyTable.action(for: key, in: state) {
        ReviewReducer.reduce(&state, action)
      }
    }
  }

  @Test func aKeyMeansWhatItsContextSays() {
    var state = F.state()
    #expect(ReviewKeyTable.action(for: .text("u"), in: state) == .undo)
    press(.text("e"), on: &state)
    #expect(ReviewKeyTable.action(for: .text("u"), in: state) == .edit(.unit))
    press(.text("u"), on: &state)
    #expect(ReviewKeyTable.action(for: .text("u"), in: state) == .editorInsert("u"))
    #expect(ReviewKeyTable.action(for: .text("q"), in: state) == .editorInsert("q"))
    #expect(ReviewKeyTable.action(for: .ctrl("c"), in: state) == .quit)
    press(.escape, on: &state)
    press(.tab, on: &state)
    #expect(ReviewKeyTable.action(for: .text("T"), in: state) == .newItem(.target))
    #expect(ReviewKeyTable.action(for: .text("a"), in: state) == nil, "accept is for items")
  }

  @Test func anyOtherKeyAfterECancelsTheChoice() {
    var state = F.state()
    press(.text("e"), .text("z"), on: &state)
    #expect(state.mode == .browsing)
  }

  @Test func helpListsEveryBindingFromTheTable() {
    for language in [Language.zh, .en] {
      let lines = ReviewKeyTable.helpLines(language)
      for binding in ReviewKeyTable.bindings {
        #expect(
          lines.contains { $0.key == binding.keyLabel && $0.text == binding.description(language) })
      }
    }
    var state = F.state()
    press(.text("?"), on: &state)
    #expect(state.mode == .help(top: 0))
    press(.down, .text("q"), on: &state)
    #expect(state.mode == .browsing)
    #expect(!state.quitRequested)
  }
}
