import Dashboard
import PlanModel
import Testing

@Suite struct ReviewReducerTests {
  typealias F = ReviewFixtures
  let revenue = ReviewItemRef(.target, "ceshi.target.revenue")
  let measure = ReviewItemRef(.measure, "ceshi.measure.auto")
  let listed = ReviewItemRef(.target, "ceshi.target.listed")
  let cluster = ReviewItemRef(.cluster, "ceshi.cluster.auto")

  @Test func markedItemsComeFirstThenByKindAndTheTextFollowsTheSelection() {
    let state = F.state()
    #expect(state.order == [revenue, measure, listed, cluster])
    #expect(state.selected == revenue)
    #expect(state.markedCount == 2)
    let sentence = state.document.sentences[state.textCursor].text
    #expect(sentence == "到2027年，规上工业营业收入达到1600亿元。")
    #expect(state.highlight == state.textCursor..<(state.textCursor + 1))
  }

  @Test func acceptClearsTheMarksAndTheNextMarkedItemTakesTheSelection() {
    var state = F.state()
    F.run(&state, .accept)
    #expect(state.plan.reviewItem(revenue)?.source.review == [])
    #expect(state.order == [measure, revenue, listed, cluster])
    #expect(state.selected == measure)
    #expect(state.dirty)
    #expect(state.message?.text.contains("已接受") == true)
  }

  @Test func undoAndRedoGoBackAndForthWithTheSelection() {
    var state = F.state()
    F.run(&state, .accept, .accept)
    #expect(state.markedCount == 0)
    F.run(&state, .undo)
    #expect(state.markedCount == 1)
    #expect(state.selected == measure)
    F.run(&state, .undo)
    #expect(state.plan == F.plan)
    #expect(state.selected == revenue)
    #expect(state.message?.text.hasPrefix("已撤销") == true)
    F.run(&state, .redo)
    #expect(state.plan.reviewItem(revenue)?.needsReview == false)
    F.run(&state, .undo, .undo)
    #expect(state.message?.kind == .warning, "nothing left to undo is said")
  }

  @Test func editingAFieldIsAKeyForTheFieldThenTyping() {
    var state = F.state()
    F.run(&state, .chooseField)
    #expect(state.mode == .choosingField)
    F.run(&state, .edit(.value))
    F.type(&state, "1800")
    #expect(state.mode == .browsing)
    let target = state.plan.targets.first { $0.id == revenue.id }
    #expect(target?.goal.target == Figure(value: 1800, year: 2027))
    F.run(&state, .chooseField, .edit(.unit))
    F.run(&state, .editorBackspace, .editorBackspace)
    F.type(&state, "万元")
    F.run(&state, .chooseField, .edit(.year))
    F.type(&state, "2026")
    F.run(&state, .chooseField, .edit(.title))
    F.run(&state, .editorHome)
    F.type(&state, "全区")
    let edited = state.plan.targets.first { $0.id == revenue.id }
    #expect(edited?.goal.unit == "万元")
    #expect(edited?.goal.target?.year == 2026)
    #expect(edited?.metric == "全区规上工业营业收入")
    #expect(edited?.source.review == ["年份取自段首"], "editing is not accepting")
    F.run(&state, .undo)
    #expect(state.plan.targets.first { $0.id == revenue.id }?.metric == "规上工业营业收入")
  }

  @Test func badInputKeepsTheEditorOpenAndTheDraftUnchanged() {
    var state = F.state()
    F.run(&state, .chooseField, .edit(.value), .editorBackspace, .editorBackspace)
    F.type(&state, "一千")
    guard case .editing(.value, let editor) = state.mode else {
      Issue.record("the editor closed: \(state.mode)")
      return
    }
    #expect(editor.text == "一千", "typing replaced the value opened")
    #expect(state.message?.kind == .error)
    #expect(state.plan == F.plan)
    F.run(&state, .editorCancel)
    #expect(state.mode == .browsing)
    F.run(&state, .chooseField, .edit(.heading))
    F.type(&state, "九")
    #expect(state.message?.text.contains("二(一)") == true, "the known headings are named")
    #expect(!state.dirty)
  }

  @Test func unitsAndHeadingOfAMeasure() {
    var state = F.state()
    F.run(&state, .moveDown)
    #expect(state.selected == measure)
    F.run(&state, .chooseField, .edit(.responsibleUnits))
    F.type(&state, "区发展改革委，区商务委")
    F.run(&state, .chooseField, .edit(.leadUnits), .editorEnd)
    F.type(&state, "、区科技局")
    F.run(&state, .chooseField, .edit(.heading), .editorHome, .editorDelete, .editorDelete)
    F.run(&state, .editorDelete, .editorDelete, .editorDelete)
    F.type(&state, "二")
    let edited = state.plan.measures[0]
    #expect(edited.responsibleUnits == ["区发展改革委", "区商务委"])
    #expect(edited.leadUnits == ["区经济信息委", "区科技局"])
    #expect(edited.source.heading == "二")
    // A measure has no unit of its own: the screen says so.
    F.run(&state, .chooseField, .edit(.unit))
    #expect(state.mode == .browsing)
    #expect(state.message?.kind == .warning)
  }

  @Test func rejectRemovesTheItemAndEveryReferenceToIt() {
    var state = F.state()
    F.run(&state, .moveToBottom)
    #expect(state.selected == cluster)
    F.run(&state, .reject)
    #expect(state.plan.clusters.isEmpty)
    #expect(state.plan.measures[0].clusters.isEmpty)
    #expect(state.order.count == 3)
    F.run(&state, .undo)
    #expect(state.plan == F.plan)
    #expect(state.selected == cluster)
  }

  @Test func newItemsFromTheCursorSentenceUnderItsHeading() throws {
    var state = F.state()
    F.run(&state, .switchPane, .moveToBottom)
    #expect(state.document.sentences[state.textCursor].text == "加快数字化改造，建设智能工厂10个。")
    F.run(&state, .newItem(.measure))
    let ref = try #require(state.selected)
    #expect(ref == ReviewItemRef(.measure, "ceshi.measure.review-1"))
    #expect(state.focus == .items)
    guard case .editing(.title, let editor) = state.mode else {
      Issue.record("no title editor: \(state.mode)")
      return
    }
    #expect(editor.text == "加快数字化改造，建设智能工厂10个。")
    F.type(&state, "建设智能工厂")
    let made = try #require(state.plan.measures.last)
    #expect(made.title == "建设智能工厂")
    #expect(made.text == "加快数字化改造，建设智能工厂10个。")
    #expect(made.source.heading == "二(一)")
    #expect(made.position == "二(一) ¶2")
    #expect(!made.source.review.isEmpty, "a new item waits for its accept")
    #expect(IDRules.isWellFormed(made.id))
    // A target from a sentence under 一.
    F.run(&state, .switchPane, .moveToTop)
    for _ in 0..<4 { F.run(&state, .moveDown) }
    F.run(&state, .newItem(.target), .editorCancel)
    let target = try #require(state.plan.targets.last)
    #expect(target.metric == "工业投资年均增长10%。")
    #expect(target.source.heading == "一")
    #expect(target.id == "ceshi.target.review-1")
    F.run(&state, .undo, .undo, .undo)
    #expect(state.plan == F.plan)
  }

  @Test func enterInTheTextSelectsTheItemDraftedFromTheSentence() {
    var state = F.state()
    F.run(&state, .switchPane, .moveDown)
    F.run(&state, .itemAtSentence)
    #expect(state.selected == listed)
    #expect(state.focus == .items)
    F.run(&state, .switchPane, .moveToTop, .itemAtSentence)
    #expect(state.message?.kind == .warning)
  }

  @Test func finishHandsThePlanOverAndQuitsWhenItValidates() {
    var state = F.state()
    F.run(&state, .accept, .finish)
    #expect(state.finishRequest == state.plan)
    F.run(&state, .finished(.written(path: "drafts/ceshi.yaml", problems: [])))
    #expect(state.finishRequest == nil)
    #expect(state.quitRequested)
    #expect(state.writtenPath == "drafts/ceshi.yaml")
    #expect(!state.dirty)
  }

  @Test func problemsFoundAfterWritingStayOnScreen() {
    var state = F.state()
    F.run(&state, .accept, .finish)
    let problem = "drafts/ceshi.yaml:12: 年份2031不在规划期内"
    F.run(&state, .finished(.written(path: "drafts/ceshi.yaml", problems: [problem])))
    #expect(!state.quitRequested)
    #expect(state.problems == [problem])
    #expect(!state.dirty, "what was written is not lost")
    F.run(&state, .finish, .finished(.failed("磁盘已满")))
    #expect(state.message == StatusMessage("磁盘已满", kind: .error))
    #expect(!state.quitRequested)
  }

  @Test func quittingWithChangesUnwrittenAsksOnce() {
    var clean = F.state()
    F.run(&clean, .quit)
    #expect(clean.quitRequested, "nothing to lose: quits at once")
    var state = F.state()
    F.run(&state, .accept, .quit)
    #expect(!state.quitRequested)
    #expect(state.message?.kind == .warning)
    F.run(&state, .moveDown, .quit)
    #expect(!state.quitRequested, "another key in between asks again")
    F.run(&state, .quit)
    #expect(state.quitRequested)
  }
}
