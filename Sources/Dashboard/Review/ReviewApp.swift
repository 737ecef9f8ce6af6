import PlanModel

/// The review screen's runtime, a `TerminalApp`: keys go through `ReviewKeyTable` to the
/// `ReviewReducer`; a finish request goes to `finish` (set by the CLI, which writes and
/// validates the file) and its outcome back to the reducer as `.finished`.
public final class ReviewApp {
  public private(set) var state: DraftReviewState
  /// The colours of each role (the theme the CLI picked, or no colour under `NO_COLOR`).
  public let roleColors: [StyleRole: RoleColors]
  public private(set) var cursor: CursorPosition?
  /// Writes the plan to the draft's file and validates it; nil where nothing may be written
  /// (tests), and then a finish says so.
  public var finish: ((Plan) -> ReviewFinishOutcome)?

  public init(state: DraftReviewState, roleColors: [StyleRole: RoleColors] = Theme.builtIn.complete)
  {
    self.state = state
    self.roleColors = roleColors
  }

  /// Runs one action through the reducer, then hands a finish request to the writer.
  public func perform(_ action: ReviewAction) {
    ReviewReducer.reduce(&state, action)
    if let plan = state.finishRequest {
      let outcome =
        finish?(plan) ?? .failed(ReviewText.cannotWrite(state.language))
      ReviewReducer.reduce(&state, .finished(outcome))
    }
  }

  @discardableResult
  public func handle(_ event: InputEvent) -> Bool {
    switch event {
    case .key(let key):
      if let action = ReviewKeyTable.action(for: key, in: state) { perform(action) }
    case .resize(let width, let height):
      perform(.resize(width: width, height: height))
    case .tick:
      break
    }
    return !state.quitRequested
  }

  public func draw(into buffer: inout CellBuffer) {
    if buffer.width != state.width || buffer.height != state.height {
      perform(.resize(width: buffer.width, height: buffer.height))
    }
    cursor = ReviewView.draw(state, into: &buffer)
  }
}

extension ReviewApp: @MainActor TerminalApp {
  /// Ctrl-C comes as a key: with changes unwritten it asks first, as `q` does.
  public var takesInterruptAsKey: Bool { true }
}
