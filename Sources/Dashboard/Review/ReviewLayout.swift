/// Where the review screen's parts go at a size: a header row, the text pane on the left,
/// the item list over the selected item's details on the right, the problems validation
/// found (when there are any) across the bottom, and the status line.
public struct ReviewLayout: Hashable, Sendable {
  public var header: Rect
  public var text: Rect
  public var list: Rect
  public var detail: Rect
  public var problems: Rect
  public var status: Rect
  /// Whether the text pane's first row says the document's own text is not shown.
  var hasNote: Bool

  /// Below this the screen says it is too small.
  public static let minimum = (width: 40, height: 12)

  public init(width: Int, height: Int, problems count: Int, note: Bool = false) {
    hasNote = note
    header = Rect(x: 0, y: 0, width: width, height: 1)
    status = Rect(x: 0, y: max(0, height - 1), width: width, height: 1)
    var body = Rect(x: 0, y: 1, width: width, height: max(0, height - 2))
    problems = Rect(x: 0, y: body.maxY, width: width, height: 0)
    if count > 0 {
      let rows = min(count + 2, max(3, body.height / 3))
      problems = Rect(x: 0, y: body.maxY - rows, width: width, height: rows)
      body.height -= rows
    }
    let (left, right) = body.splitLeft(width / 2)
    text = left
    let detailRows = min(max(6, right.height * 2 / 5), right.height)
    let (top, bottom) = right.splitTop(right.height - detailRows)
    list = top
    detail = bottom
  }

  /// True when the screen is too small to show the panes.
  public static func isTooSmall(width: Int, height: Int) -> Bool {
    width < minimum.width || height < minimum.height
  }

  /// The rows of the item list and of the text pane inside their borders.
  var listRows: Int { max(1, list.height - 2) }
  var textRows: Int { max(1, text.height - 2 - (hasNote ? 1 : 0)) }
  /// The text's columns: the pane's inside less the one-column gutter that marks the cursor
  /// sentence (`▸`) and the selected item's (`*`).
  var textColumns: Int { max(1, text.width - 3) }
}
