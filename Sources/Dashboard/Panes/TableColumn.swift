import PlanModel

/// A column of a pane's table: its header, how wide it may be, and how it gives way when
/// the pane is narrow (columns with the highest `dropOrder` go first).
struct TableColumn: Sendable {
  var header: Localized
  var minWidth: Int
  /// Share of the spare width this column takes.
  var flex: Int = 0
  /// The widest it grows; nil for no limit.
  var maxWidth: Int? = nil
  var align: Alignment = .left
  /// 0 never drops; higher numbers drop first when the pane is too narrow.
  var dropOrder: Int = 0
  /// The widest a flexible column grows once every column shows what it holds — the maximum
  /// it was declared with, when `ContentWidths` lowered `maxWidth` to its content; nil: its
  /// `maxWidth`.
  var fillWidth: Int? = nil
  var declaredMaxWidth: Int? { fillWidth ?? maxWidth }
  /// The width of a fixed column's widest cell on screen: spare width shows every cell whole
  /// first (`ContentWidths` sets it). Nil: none.
  var contentWidth: Int? = nil
  /// Then its header's width, so that spare width shows every header whole before any column
  /// grows to its maximum (`ContentWidths` sets it). Nil: none.
  var preferredWidth: Int? = nil
}

/// What one cell of a table shows.
enum TableCell: Sendable {
  case text(String, StyleRole = .normal)
  /// A bar with a fraction 0…1 (nil draws the open mark).
  case bar(Double?)
  /// A funnel step: rung `level` of `count`, drawn centred and narrowing upward.
  case funnel(level: Int, count: Int)
  /// Units (牵头单位): as many as the column fits, then the count of the others.
  case units([String])
  /// A heading's measures done of total (`12/30`, right-aligned in `countWidth` so the
  /// headings' bars line up) and a bar; the open mark when nothing stands under it.
  case progress(done: Int, total: Int, countWidth: Int)
  /// A heading's worst assessment (nil: nothing assessed under it) and its overdue measures:
  /// `~ 需加快 !逾期3`, shortened to the symbol where the column is narrow.
  case rollUp(worst: AssessmentStatus?, overdue: Int)
}

/// A value to sort a column by. Numbers sort before text; missing values sort last. Text sorts
/// by `PlanTextCollation`: section numbers by the value of their numerals, names and titles by
/// their pinyin reading. The key is computed once per row before sorting.
enum SortKey: Comparable, Sendable {
  case number(Double)
  case collated(CollationKey)
  case missing

  /// A name, title or unit, sorted by its pinyin reading.
  static func reading(_ text: String) -> SortKey { .collated(PlanTextCollation.reading(text)) }

  /// A section number or id, sorted by the value of its numerals, part by part.
  static func section(_ text: String) -> SortKey { .collated(PlanTextCollation.section(text)) }

  private var rank: Int {
    switch self {
    case .number: 0
    case .collated: 1
    case .missing: 2
    }
  }

  static func < (a: SortKey, b: SortKey) -> Bool {
    switch (a, b) {
    case (.number(let x), .number(let y)): x < y
    case (.collated(let x), .collated(let y)): x < y
    default: a.rank < b.rank
    }
  }
}
