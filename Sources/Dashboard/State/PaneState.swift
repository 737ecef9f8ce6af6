/// What one list pane remembers: the selected row, the first row shown, the sort and the filter.
public struct PaneState: Hashable, Sendable {
  /// Index of the selected row in the filtered, sorted list.
  public var selection: Int = 0
  /// Index of the first row on screen.
  public var scroll: Int = 0
  /// The column the list is sorted by; nil keeps the plan's own order.
  public var sortColumn: Int? = nil
  /// The `/` filter text.
  public var filter: String = ""

  public init() {}
}
