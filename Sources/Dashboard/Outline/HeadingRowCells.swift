import PlanModel

/// A heading's row in the Measures pane, in the pane's columns: no section (its number is
/// printed before its title), its title as printed behind ▾ (open) or ▸ (closed) and
/// indented by its level, its measures done of total with a bar in the units' column, and
/// its worst assessment and overdue count in the status column.
enum HeadingRowCells {
  static func cells(_ outline: MeasureOutline, _ index: Int, _ context: ViewContext)
    -> [TableCell]
  {
    let rollUp = HeadingRollUp(outline, index, context.data, asOf: context.state.currentYear)
    let countWidth = 2 * String(outline.plan.measures.count).count + 1
    return [
      .text(""),
      .text(title(outline, index, context), .title),
      .progress(done: rollUp.done, total: rollUp.total, countWidth: countWidth),
      .rollUp(worst: rollUp.worst, overdue: rollUp.overdue),
    ]
  }

  /// `  ▾ (二)实施科技创新产业创新贯通行动`: two cells of indent a level below the chapter,
  /// the mark (a blank where nothing stands under the heading), number and title.
  static func title(_ outline: MeasureOutline, _ index: Int, _ context: ViewContext) -> String {
    let heading = outline.outline.headings[index]
    let glyphs = context.glyphs
    let closed = context.state.closedHeadings[outline.region]?.contains(outline.rowID(index))
    let mark = outline.hasContent(index) ? (closed == true ? glyphs.folded : glyphs.unfolded) : " "
    return String(repeating: " ", count: 2 * (heading.level - 1)) + mark + " " + heading.printed
  }
}
