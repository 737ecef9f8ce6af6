/// Draws the whole screen from the state: header and breadcrumb, the panes (or the open
/// detail page, or help), the actual form, and the status line.
public enum DashboardView {
  /// Draws into the buffer (whose size wins over the state's); returns the text cursor
  /// position while the user types.
  @discardableResult
  public static func draw(
    _ state: DashboardState, _ data: DashboardData, into buffer: inout CellBuffer
  ) -> CursorPosition? {
    var state = state
    state.width = buffer.width
    state.height = buffer.height
    let context = ViewContext(state: state, data: data)
    buffer.fill(Rect(x: 0, y: 0, width: buffer.width, height: buffer.height))
    let layout = ScreenLayout(state)
    if layout.tooSmall {
      TooSmallView.draw(into: &buffer, context)
      return nil
    }
    HeaderView.draw(layout, into: &buffer, context)
    if case .help(let scroll) = state.mode {
      HelpView.draw(scroll: scroll, in: layout.body, into: &buffer, context)
    } else if case .filter(_, .help) = state.mode {
      HelpView.draw(scroll: 0, in: layout.body, into: &buffer, context)
    } else if let top = state.stack.last {
      DetailView.draw(top, in: layout.body, into: &buffer, context)
    } else {
      for (pane, rect) in layout.panes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
        TableView.draw(pane, in: rect, into: &buffer, context)
      }
    }
    var cursor: CursorPosition?
    if case .actual(let form) = state.mode {
      cursor = ActualFormView.draw(form, layout: layout, into: &buffer, context)
    }
    let lineCursor = StatusLineView.draw(layout, into: &buffer, context)
    return cursor ?? lineCursor
  }
}
