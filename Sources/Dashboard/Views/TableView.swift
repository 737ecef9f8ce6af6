/// Draws one list pane: a box with its number and title, a header row, and the visible rows
/// in columns whose widths are fixed for the pane's width, so everything lines up.
enum TableView {
  static func draw(
    _ pane: PaneID, in rect: Rect, into buffer: inout CellBuffer, _ context: ViewContext
  ) {
    let state = context.state
    let glyphs = context.glyphs
    let lang = context.language
    let focused = state.focus == pane && state.stack.isEmpty
    let ids = PaneRows.ids(pane, state, context.data)
    let ps = state[pane: pane]
    var title = "\(pane.rawValue) \(pane.title(lang))"
    if pane == .measures && state.measuresAllRegions { title += " · " + UIText.allRegions(lang) }
    if pane == .measures, let status = state.statusFilter {
      title += " [" + Format.statusWord(status, lang) + "]"
    }
    if pane == .measures, let unit = state.unitFilter { title += " [" + unit.label(lang) + "]" }
    if !ps.filter.isEmpty { title += " /" + ps.filter }
    title += countLabel(pane, state, context.data)
    buffer.drawBox(
      rect, title: title, style: CellStyle(focused ? .borderFocused : .border),
      titleStyle: CellStyle(focused ? .borderFocused : .title, bold: focused), glyphs: glyphs)
    let inner = rect.inner
    guard inner.width > 1, inner.height > 0 else { return }
    let rows = inner.height - 1
    let start = min(ps.scroll, max(0, ids.count - 1))
    let visible = rows > 0 ? ids[start..<min(ids.count, start + rows)] : []
    let rowCells = visible.map { pane.table.cells($0, context) }
    let columns = ContentWidths.fitted(pane.table.columns(state), rows: rowCells, language: lang)
    let (shown, widths) = ColumnWidths.fit(columns, available: inner.width - 1)
    // Header.
    var x = inner.x + 1
    for (n, c) in shown.enumerated() {
      var header = columns[c].header(lang)
      if ps.sortColumn == c { header += glyphs.usesUnicodeSymbols ? "↓" : "v" }
      buffer.write(
        header, x: x, y: inner.y, width: widths[n], style: CellStyle(.header, bold: true),
        glyphs: glyphs,
        align: columns[c].align)
      x += widths[n] + 1
    }
    guard rows > 0 else { return }
    if ids.isEmpty {
      let text = context.data.catalog.planCount == 0 ? UIText.noPlans(lang) : UIText.empty(lang)
      buffer.write(
        text, x: inner.x + 1, y: inner.y + 1, width: inner.width - 1, style: CellStyle(.muted),
        glyphs: glyphs)
      return
    }
    for row in 0..<rowCells.count {
      let index = start + row
      let id = ids[index]
      let y = inner.y + 1 + row
      let selected = index == ps.selection
      let rowRole: StyleRole? = selected ? (focused ? .selection : .selectionUnfocused) : nil
      if let rowRole {
        buffer.fill(
          Rect(x: inner.x, y: y, width: inner.width, height: 1), style: CellStyle(rowRole))
      }
      let isMarked = state.marked.contains(id)
      let gutter = isMarked ? glyphs.selectedMark : (selected && focused ? glyphs.cursorMark : " ")
      buffer.write(
        gutter, x: inner.x, y: y, width: 1,
        style: CellStyle(isMarked ? .marked : (rowRole ?? .normal)), glyphs: glyphs)
      let cells = rowCells[row]
      var cx = inner.x + 1
      for (n, c) in shown.enumerated() {
        let w = widths[n]
        if c < cells.count {
          drawCell(
            cells[c], x: cx, y: y, width: w, align: columns[c].align, rowRole: rowRole,
            into: &buffer, context)
        }
        cx += w + 1
      }
    }
  }

  /// ` (60)`, or ` (12/60)` when a filter keeps 12: items, not the outline's headings, and
  /// those a closed heading folds away count as shown.
  private static func countLabel(_ pane: PaneID, _ state: DashboardState, _ data: DashboardData)
    -> String
  {
    var open = state
    open.closedHeadings = [:]
    var unfiltered = open
    unfiltered[pane: pane].filter = ""
    unfiltered[pane: pane].sortColumn = nil
    let table = pane.table
    let shown = table.itemCount(PaneRows.ids(pane, open, data), open, data)
    let total = table.itemCount(PaneRows.ids(pane, unfiltered, data), unfiltered, data)
    return shown == total ? " (\(total))" : " (\(shown)/\(total))"
  }

  static func drawCell(
    _ cell: TableCell, x: Int, y: Int, width: Int, align: Alignment, rowRole: StyleRole?,
    into buffer: inout CellBuffer, _ context: ViewContext
  ) {
    switch cell {
    case .text(let text, let role):
      let keepsRole = [.done, .inProgress, .blocked, .todo, .behind].contains(role)
      let style = CellStyle(
        rowRole.map { keepsRole ? role : $0 } ?? role, bold: keepsRole && rowRole != nil)
      buffer.write(
        text, x: x, y: y, width: width, style: style, glyphs: context.glyphs, align: align)
    case .bar(let fraction):
      guard let fraction else {
        buffer.write(
          context.open, x: x, y: y, width: width, style: CellStyle(.muted), glyphs: context.glyphs)
        return
      }
      // The percent keeps a fixed width ("  5%", " 15%", "100%") so bars line up and a
      // region passing 10% keeps its bar; the bar gives way only below two cells.
      let digits = String(Int((fraction * 100).rounded()))
      let percent = String(repeating: " ", count: max(0, 4 - digits.count - 1)) + digits + "%"
      let barWidth = width - percent.count - 1
      if barWidth >= 2 {
        buffer.drawBar(fraction: fraction, x: x, y: y, width: barWidth, glyphs: context.glyphs)
        buffer.write(
          percent, x: x + barWidth + 1, y: y, width: percent.count,
          style: CellStyle(rowRole ?? .normal), glyphs: context.glyphs, align: .right)
      } else {
        buffer.write(
          percent, x: x, y: y, width: width, style: CellStyle(rowRole ?? .normal),
          glyphs: context.glyphs, align: .right)
      }
    case .units(let units):
      let text = Format.units(units, fitting: width, open: context.open, language: context.language)
      drawCell(
        .text(text, units.isEmpty ? .muted : .normal), x: x, y: y, width: width, align: align,
        rowRole: rowRole, into: &buffer, context)
    case .progress(let done, let total, let countWidth):
      drawProgress(
        done: done, total: total, countWidth: countWidth, x: x, y: y, width: width,
        rowRole: rowRole, into: &buffer, context)
    case .rollUp(let worst, let overdue):
      drawRollUp(
        worst: worst, overdue: overdue, x: x, y: y, width: width, rowRole: rowRole,
        into: &buffer, context)
    case .funnel(let level, let count):
      guard width > 0, count > 0 else { return }
      let filled = max(1, width * (count - level) / count)
      let lead = (width - filled) / 2
      for i in 0..<filled {
        buffer.put(
          Glyph(context.glyphs.barFilled, width: 1), x: x + lead + i, y: y,
          style: CellStyle(.barFilled), limit: x + width)
      }
    }
  }
}
