import PlanModel

/// Undo and redo for the review screen: the draft and the selection before each change.
public struct ReviewHistory: Hashable, Sendable {
  public struct Step: Hashable, Sendable {
    var plan: Plan
    var selected: ReviewItemRef?
    /// What the change did, for the status line (`已撤销：接受“…”`).
    var what: String
  }

  private(set) var undoSteps: [Step] = []
  private(set) var redoSteps: [Step] = []
  static let limit = 500

  /// Remembers the state before a change (and forgets what could be redone).
  mutating func record(_ step: Step) {
    undoSteps.append(step)
    if undoSteps.count > Self.limit { undoSteps.removeFirst() }
    redoSteps.removeAll()
  }

  /// The step to go back to, with `current` kept for redo.
  mutating func undo(current: Step) -> Step? {
    guard let step = undoSteps.popLast() else { return nil }
    redoSteps.append(Step(plan: current.plan, selected: current.selected, what: step.what))
    return step
  }

  mutating func redo(current: Step) -> Step? {
    guard let step = redoSteps.popLast() else { return nil }
    undoSteps.append(Step(plan: current.plan, selected: current.selected, what: step.what))
    return step
  }
}
