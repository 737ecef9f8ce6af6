/// What a cell means, never how it looks: themes give each role its colours, so status is
/// always carried by a symbol or word as well as by colour.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
  case normal
  case muted
  case title
  case header
  case border
  case borderFocused = "border_focused"
  case selection
  case selectionUnfocused = "selection_unfocused"
  case marked
  case done
  case inProgress = "in_progress"
  case blocked
  case todo
  case behind
  /// The reporting cycle (team store): a measure's report due within 7 days (blue), behind
  /// 序时进度 (yellow), overdue (red).
  case reportDue = "report_due"
  case reportBehind = "report_behind"
  case reportOverdue = "report_overdue"
  case barFilled = "bar_filled"
  case barEmpty = "bar_empty"
  case statusLine = "status_line"
  case error
  case warning
}
