import PlanModel

/// The cells of a heading's roll-up in the Measures outline: its measures done of total with
/// a bar, and its worst assessment with its overdue measures.
extension TableView {
  /// `12/30 ████░░░░  40%`: the count right-aligned in `countWidth`, then the bar with its
  /// percent where there is room; the open mark when nothing stands under the heading.
  static func drawProgress(
    done: Int, total: Int, countWidth: Int, x: Int, y: Int, width: Int, rowRole: StyleRole?,
    into buffer: inout CellBuffer, _ context: ViewContext
  ) {
    guard total > 0 else {
      drawCell(
        .text(context.open, .muted), x: x, y: y, width: width, align: .left, rowRole: rowRole,
        into: &buffer, context)
      return
    }
    let count = Format.count(done, total)
    let countCells = min(width, max(countWidth, DisplayWidth.of(count)))
    buffer.write(
      count, x: x, y: y, width: countCells, style: CellStyle(rowRole ?? .normal),
      glyphs: context.glyphs, align: .right)
    // A bar needs two cells and its percent five, after a gap.
    let rest = width - countCells - 1
    guard rest >= 7 else { return }
    drawCell(
      .bar(Double(done) / Double(total)), x: x + countCells + 1, y: y, width: rest, align: .left,
      rowRole: rowRole, into: &buffer, context)
  }

  /// `~ 需加快 !逾期3`, or where the column is narrower `~ !逾期3`, then `~ 需加快 !3`, then
  /// `~ !3`: the badge in its role, the overdue count in the behind role; the open mark when
  /// there is neither.
  static func drawRollUp(
    worst: AssessmentStatus?, overdue: Int, x: Int, y: Int, width: Int, rowRole: StyleRole?,
    into buffer: inout CellBuffer, _ context: ViewContext
  ) {
    let lang = context.language
    let late = overdue > 0 ? [UIText.overdueCount(overdue)(lang), "!\(overdue)"] : [""]
    let badges =
      worst.map { [AssessmentBadge.text($0, lang), AssessmentBadge.text($0, lang, compact: true)] }
      ?? [""]
    // The overdue count keeps its word before the badge keeps its.
    let choices = late.flatMap { lateText in badges.map { (badge: $0, late: lateText) } }
    let choice = choices.first { fits($0.badge, $0.late, width) } ?? choices.last!
    guard !choice.badge.isEmpty || !choice.late.isEmpty else {
      drawCell(
        .text(context.open, .muted), x: x, y: y, width: width, align: .left, rowRole: rowRole,
        into: &buffer, context)
      return
    }
    var used = 0
    if let worst, !choice.badge.isEmpty {
      drawCell(
        .text(choice.badge, AssessmentBadge.role(worst)), x: x, y: y, width: width, align: .left,
        rowRole: rowRole, into: &buffer, context)
      used = DisplayWidth.of(choice.badge) + 1
    }
    if !choice.late.isEmpty, used < width {
      drawCell(
        .text(choice.late, .behind), x: x + used, y: y, width: width - used, align: .left,
        rowRole: rowRole, into: &buffer, context)
    }
  }

  private static func fits(_ badge: String, _ late: String, _ width: Int) -> Bool {
    let gap = badge.isEmpty || late.isEmpty ? 0 : 1
    return DisplayWidth.of(badge) + gap + DisplayWidth.of(late) <= width
  }
}
