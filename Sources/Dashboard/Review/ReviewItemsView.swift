import PlanModel

/// The item list (marked items first, `!` before each) and the selected item's details.
enum ReviewItemsView {
  static func drawList(_ state: DraftReviewState, _ rect: Rect, into buffer: inout CellBuffer) {
    let lang = state.language
    let focused = state.focus == .items && state.mode == .browsing
    let title = "\(ReviewText.itemsPane(lang)) (\(state.order.count))"
    buffer.drawBox(
      rect, title: title, style: CellStyle(focused ? .borderFocused : .border),
      titleStyle: CellStyle(focused ? .borderFocused : .title, bold: true), glyphs: state.glyphs)
    let inner = rect.inner
    guard inner.width > 6 else { return }
    let kindWidth = ReviewItemKind.allCases.map { DisplayWidth.of($0.name(lang)) }.max() ?? 4
    let figureWidth = min(22, max(10, inner.width / 4))
    let titleWidth = max(1, inner.width - 2 - kindWidth - 1 - figureWidth - 1)
    for row in 0..<inner.height {
      let index = state.itemTop + row
      guard index < state.order.count, let item = state.plan.reviewItem(state.order[index])
      else { break }
      let y = inner.y + row
      let isSelected = index == state.selection
      let base =
        isSelected ? CellStyle(focused ? .selection : .selectionUnfocused) : CellStyle(.normal)
      buffer.write("", x: inner.x, y: y, width: inner.width, style: base, glyphs: state.glyphs)
      var markStyle = base
      if !isSelected { markStyle.role = .warning }
      buffer.write(
        item.needsReview ? "!" : " ", x: inner.x, y: y, width: 2, style: markStyle,
        glyphs: state.glyphs)
      var kindStyle = base
      if !isSelected { kindStyle.role = .muted }
      buffer.write(
        item.ref.kind.name(lang), x: inner.x + 2, y: y, width: kindWidth + 1, style: kindStyle,
        glyphs: state.glyphs)
      buffer.write(
        item.title, x: inner.x + 2 + kindWidth + 1, y: y, width: titleWidth, style: base,
        glyphs: state.glyphs)
      buffer.write(
        ReviewFormat.figure(item), x: inner.maxX - figureWidth, y: y, width: figureWidth,
        style: base, glyphs: state.glyphs, align: .right)
    }
  }

  static func drawDetail(_ state: DraftReviewState, _ rect: Rect, into buffer: inout CellBuffer) {
    buffer.drawBox(
      rect, title: ReviewText.detailPane(state.language), style: CellStyle(.border),
      titleStyle: CellStyle(.title, bold: true), glyphs: state.glyphs)
    let inner = rect.inner
    guard let ref = state.selected, let item = state.plan.reviewItem(ref), inner.width > 0 else {
      buffer.write(
        ReviewText.noItems(state.language), x: inner.x, y: inner.y, width: inner.width,
        style: CellStyle(.muted), glyphs: state.glyphs)
      return
    }
    var y = inner.y
    for (text, role) in detailLines(item, state) {
      let glyphs = TextSanitizer.glyphs(text, cjkWide: state.glyphs.cjkWide)
      for line in TextLayout.wrap(glyphs, width: inner.width) where y < inner.maxY {
        buffer.write(
          glyphs: line, x: inner.x, y: y, width: inner.width, style: CellStyle(role),
          glyphs: state.glyphs)
        y += 1
      }
    }
  }

  /// The details as lines: kind and id, each field the kind has, the heading, the review
  /// marks, and the sentence where the document's text does not hold it.
  private static func detailLines(_ item: ReviewItem, _ state: DraftReviewState) -> [(
    String, StyleRole
  )] {
    let lang = state.language
    let kind = item.ref.kind
    let sep = lang == .zh ? "：" : ": "
    func label(_ field: ReviewField) -> String { field.label(for: kind)(lang) + sep }
    var lines: [(String, StyleRole)] = [("\(kind.name(lang)) \(item.ref.id)", .muted)]
    lines.append((label(.title) + item.title, .normal))
    let figure = ReviewFormat.figure(item)
    if ReviewField.value.applies(to: kind) || item.year != nil {
      lines.append((label(.value) + (figure.isEmpty ? state.glyphs.openField : figure), .normal))
    }
    if ReviewField.leadUnits.applies(to: kind) {
      let lead =
        item.leadUnits.isEmpty ? state.glyphs.openField : item.leadUnits.joined(separator: "、")
      let responsible =
        item.responsibleUnits.isEmpty
        ? state.glyphs.openField : item.responsibleUnits.joined(separator: "、")
      lines.append((label(.leadUnits) + lead, .normal))
      lines.append((label(.responsibleUnits) + responsible, .normal))
    }
    let heading = item.source.heading.map { key in
      state.plan.outline.first { $0.key == key }.map { "\(key) \($0.title)" } ?? key
    }
    lines.append((label(.heading) + (heading ?? state.glyphs.openField), .normal))
    for reason in item.source.review {
      let shown = state.markNames[reason]?(lang) ?? reason
      lines.append((ReviewText.review(lang) + sep + shown, .warning))
    }
    if state.highlight.isEmpty, let text = item.source.text {
      lines.append(("“" + text + "”", .muted))
    }
    return lines
  }
}
