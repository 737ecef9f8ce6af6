/// Where everything goes on a screen of the state's size: header, breadcrumb, body with its
/// panes, status line. Pure arithmetic on the state (whose size the reducer keeps from
/// `.resize`): the views draw in its boxes, the reducer pages and scrolls by its rows
/// (`state.layout`).
struct ScreenLayout {
  static let minimumWidth = 40
  static let minimumHeight = 10

  var tooSmall: Bool
  var header: Rect
  var breadcrumb: Rect
  var body: Rect
  var status: Rect
  /// The panes on screen and their boxes (empty while a detail page or help is shown).
  var panes: [PaneID: Rect]

  init(_ state: DashboardState) {
    let width = max(0, state.width)
    let height = max(0, state.height)
    tooSmall = width < Self.minimumWidth || height < Self.minimumHeight
    header = Rect(x: 0, y: 0, width: width, height: 1)
    breadcrumb = Rect(x: 0, y: 1, width: width, height: 1)
    status = Rect(x: 0, y: height - 1, width: width, height: 1)
    body = Rect(x: 0, y: 2, width: width, height: height - 3)
    panes = [:]
    guard !tooSmall, state.stack.isEmpty else { return }
    if Self.isGrid(width: width, height: height) {
      let topHeight = body.height * 3 / 10
      let midHeight = body.height * 3 / 10
      let (top, rest) = body.splitTop(topHeight)
      let (middle, bottom) = rest.splitTop(midHeight)
      let (regions, clusters) = top.splitLeft(top.width * 45 / 100)
      let (ladders, land) = middle.splitLeft(middle.width * 45 / 100)
      panes = [
        .regions: regions, .clusters: clusters, .ladders: ladders, .landEnergy: land,
        .measures: bottom,
      ]
    } else if width >= 90 && height >= 16 {
      let (left, right) = body.splitLeft(max(30, width * 3 / 10))
      let side = state.focus == .regions ? state.sidePane : state.focus
      panes = [.regions: left, side: right]
    } else {
      panes = [state.focus: body]
    }
  }

  static func isGrid(width: Int, height: Int) -> Bool { width >= 140 && height >= 36 }

  /// Rows of items a pane shows (inside its border, below its header row).
  func visibleRows(_ pane: PaneID) -> Int {
    let rect = panes[pane] ?? body
    return max(1, rect.height - 3)
  }

  /// Rows a detail page or the help screen shows.
  var pageRows: Int { max(1, body.height - 2) }
  /// Columns a detail page's text gets: what `DetailView` draws in — inside the border (2),
  /// after the selection mark and its gap (2), before a one-column right margin (1). A page
  /// built wider than this would have its full lines cut with `…`, losing text.
  var pageWidth: Int { max(1, body.width - 5) }
}

extension DashboardState {
  /// The screen's layout at the state's size.
  var layout: ScreenLayout { ScreenLayout(self) }
}
