/// The `a` form: a box over the bottom of the body with year, value and note fields.
enum ActualFormView {
  @discardableResult
  static func draw(
    _ form: ActualForm, layout: ScreenLayout, into buffer: inout CellBuffer, _ context: ViewContext
  ) -> CursorPosition? {
    let glyphs = context.glyphs
    let lang = context.language
    let valueNote = Self.valueNote(form.itemID, context)
    // A goal set as a change gets a line of its own saying the level is wanted.
    let isChange = context.data.catalog.goal(form.itemID)?.isChange == true
    let width = min(layout.body.width - 2, 64)
    // The error (or hint) line wraps, so a refusal keeps its end (the plan's years).
    let message = TextLayout.wrap(
      TextSanitizer.glyphs(form.error ?? UIText.hintForm(lang), cjkWide: glyphs.cjkWide),
      width: max(1, width - 3)
    ).prefix(3)
    let noteRows = isChange ? 1 : 0
    let height = min(5 + noteRows + message.count, max(0, layout.body.height - 1))
    let rect = Rect(
      x: layout.body.x + (layout.body.width - width) / 2, y: layout.body.maxY - 1 - height,
      width: width, height: height)
    buffer.fill(rect)
    let title =
      UIText.recordActual(lang) + ": " + context.data.name(of: form.itemID)
      + (isChange ? "" : valueNote.map { " (\($0))" } ?? "")
    buffer.drawBox(
      rect, title: title, style: CellStyle(.borderFocused),
      titleStyle: CellStyle(.title, bold: true), glyphs: glyphs)
    let inner = rect.inner
    guard inner.width > 4, inner.height > 0 else { return nil }
    let labelWidth = lang == .zh ? 6 : 7
    var cursor: CursorPosition?
    let fields: [(ActualForm.Field, Localized, LineEditor)] = [
      (.year, UIText.year, form.year), (.value, UIText.value, form.value),
      (.note, UIText.note, form.note),
    ]
    for (row, (field, label, editor)) in fields.enumerated() where row < inner.height {
      let y = inner.y + row
      let active = form.field == field
      if active {
        buffer.write(
          glyphs.cursorMark, x: inner.x, y: y, width: 1, style: CellStyle(.title, bold: true),
          glyphs: glyphs)
      }
      buffer.write(
        label(lang), x: inner.x + 1, y: y, width: labelWidth,
        style: CellStyle(active ? .title : .muted, bold: active), glyphs: glyphs)
      let x = inner.x + 2 + labelWidth
      let room = inner.maxX - x - 1
      guard room > 0 else { continue }
      let (shown, column) = editor.window(width: room, cjkWide: glyphs.cjkWide)
      // An untouched default shows selected (reverse), as typing will replace it.
      buffer.write(
        glyphs: shown, x: x, y: y, width: room,
        style: CellStyle(.selectionUnfocused, reverse: editor.isDefault, underline: true),
        glyphs: glyphs)
      if active {
        cursor = CursorPosition(x: x + column, y: y)
        if x + column < buffer.width, buffer[x + column, y].width != 0 {
          buffer[x + column, y].style.reverse = true
        }
      }
    }
    if isChange, let valueNote, inner.height > 3 {
      buffer.write(
        UIText.value(lang) + ": " + valueNote, x: inner.x + 1, y: inner.y + 3,
        width: inner.width - 1, style: CellStyle(.title), glyphs: glyphs)
    }
    let messageRow = 3 + noteRows
    for (row, line) in message.enumerated() where messageRow + row < inner.height {
      buffer.write(
        line.text, x: inner.x + 1, y: inner.y + messageRow + row, width: inner.width - 1,
        style: CellStyle(form.error == nil ? .muted : .error), glyphs: glyphs)
    }
    return cursor
  }

  /// What the value is in: the item's unit, or — for targets whose figure is a change
  /// (增长30%, 下降13%, 倍增, 年均增长20%) — that the level of the metric is wanted, not the rate.
  static func valueNote(_ itemID: String, _ context: ViewContext) -> String? {
    let catalog = context.data.catalog
    if let goal = catalog.goal(itemID) {
      return goal.isChange ? UIText.levelNotRate(context.language) : goal.unit
    }
    return catalog.tier(itemID)?.unit
  }
}
