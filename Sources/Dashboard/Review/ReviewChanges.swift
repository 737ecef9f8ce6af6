import PlanModel

/// The actions that change the draft — accept, reject, a new item from a sentence — and
/// undo and redo. Every change goes through `change`, which records the step to undo.
enum ReviewChanges {
  static func reduce(_ state: inout DraftReviewState, _ action: ReviewAction) {
    switch action {
    case .accept: accept(&state)
    case .reject: reject(&state)
    case .newItem(let kind): newItem(&state, kind)
    case .undo: travel(&state, back: true)
    case .redo: travel(&state, back: false)
    default: break
    }
  }

  /// Records the state before a change, makes it, and puts the list back in order with
  /// `select` (or the same place in the list) selected.
  static func change(
    _ state: inout DraftReviewState, _ what: String, select: ReviewItemRef? = nil,
    _ body: (inout Plan) -> Void
  ) {
    state.history.record(.init(plan: state.plan, selected: state.selected, what: what))
    body(&state.plan)
    state.dirty = true
    state.problems = []
    ReviewReducer.settle(&state, select: select)
  }

  private static func accept(_ state: inout DraftReviewState) {
    guard let ref = state.selected, var item = state.plan.reviewItem(ref) else {
      return ReviewReducer.nothingSelected(&state)
    }
    guard item.needsReview else {
      state.message = StatusMessage(ReviewText.alreadyAccepted(item.title)(state.language))
      return
    }
    item.source.review = []
    let what = ReviewText.accepted(item.title)(state.language)
    // The list keeps its place: the next item to review moves up under the selection.
    change(&state, what) { $0.setReviewItem(item) }
    state.message = StatusMessage(what)
  }

  private static func reject(_ state: inout DraftReviewState) {
    guard let ref = state.selected, let item = state.plan.reviewItem(ref) else {
      return ReviewReducer.nothingSelected(&state)
    }
    let what = ReviewText.rejected(item.title)(state.language)
    change(&state, what) { $0.removeReviewItem(ref) }
    state.message = StatusMessage(what, tail: ReviewText.undoHint(state.language))
  }

  /// A new item of `kind` from the text pane's cursor sentence, under the heading the
  /// sentence stands under, marked for review; the editor opens on its title.
  private static func newItem(_ state: inout DraftReviewState, _ kind: ReviewItemKind) {
    guard state.document.sentences.indices.contains(state.textCursor) else {
      state.message = StatusMessage(ReviewText.noSentence(state.language), kind: .warning)
      return
    }
    let sentence = state.document.sentences[state.textCursor]
    let text = sentence.text.trimmingSpaces
    let heading = state.paragraphHeadings[sentence.paragraph]
    let source = SourceRef(
      section: heading, text: text, heading: heading,
      review: [ReviewText.newItemReason(state.language)])
    let id = freeID(in: state.plan, kind: kind)
    let ref = ReviewItemRef(kind, id)
    let what = ReviewText.created(kind, text)(state.language)
    let position = position(of: sentence.paragraph, in: state)
    change(&state, what, select: ref) { plan in
      switch kind {
      case .target:
        plan.targets.append(
          Target(id: id, metric: text, goal: Goal(kind: .absolute, direction: .up), source: source))
      case .indicator:
        plan.indicators.append(
          Indicator(
            id: id, name: text, category: .land, goal: Goal(kind: .absolute, direction: .up),
            source: source))
      case .cluster:
        plan.clusters.append(Cluster(id: id, name: text, source: source))
      case .measure, .tier:
        plan.measures.append(
          Measure(
            id: id, section: nil, position: position,
            title: text, text: text, source: source))
      }
    }
    state.focus = .items
    ReviewEditing.open(&state, .title)
  }

  /// Where an unnumbered paragraph stands: `二(一) ¶2`, the second paragraph after its
  /// heading's (`¶5` counted from the start where no heading stands before it).
  static func position(of paragraph: Int, in state: DraftReviewState) -> String {
    let headings = state.paragraphHeadings
    guard let heading = headings[paragraph],
      let first = headings.firstIndex(where: { $0 == heading })
    else { return "¶\(paragraph + 1)" }
    return "\(heading) ¶\(paragraph - first)"
  }

  /// `region.kind.review-N`, the first N not taken.
  static func freeID(in plan: Plan, kind: ReviewItemKind) -> String {
    let word =
      switch kind {
      case .target: "target"
      case .indicator: "indicator"
      case .cluster: "cluster"
      case .tier, .measure: "measure"
      }
    let taken = Set(plan.reviewRefs.map(\.id) + plan.ladders.map(\.id))
    var n = 1
    while taken.contains("\(plan.region.id).\(word).review-\(n)") { n += 1 }
    return "\(plan.region.id).\(word).review-\(n)"
  }

  private static func travel(_ state: inout DraftReviewState, back: Bool) {
    let current = ReviewHistory.Step(plan: state.plan, selected: state.selected, what: "")
    guard
      let step = back ? state.history.undo(current: current) : state.history.redo(current: current)
    else {
      let text = back ? ReviewText.nothingToUndo : ReviewText.nothingToRedo
      state.message = StatusMessage(text(state.language), kind: .warning)
      return
    }
    state.plan = step.plan
    state.dirty = true
    state.problems = []
    ReviewReducer.settle(&state, select: back ? step.selected : nil)
    let done = back ? ReviewText.undone : ReviewText.redone
    state.message = StatusMessage(done(step.what)(state.language))
  }
}
