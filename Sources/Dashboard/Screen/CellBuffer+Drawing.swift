/// Drawing into the buffer. Every piece of text goes through `write`, which sanitises it,
/// measures it by display width, truncates with an ellipsis and never splits a wide character.
extension CellBuffer {
  /// Puts one glyph at (x, y). A wide glyph with no room for its second half becomes a space;
  /// a wide glyph partly overwritten leaves no orphan half behind.
  public mutating func put(_ glyph: Glyph, x: Int, y: Int, style: CellStyle, limit: Int? = nil) {
    let edge = min(limit ?? width, width)
    guard x >= 0, y >= 0, y < height, x < edge else { return }
    clearWideNeighbours(x: x, y: y)
    if glyph.width == 2 {
      if x + 1 >= edge {
        self[x, y] = Cell(text: " ", width: 1, style: style)
        return
      }
      clearWideNeighbours(x: x + 1, y: y)
      self[x, y] = Cell(text: glyph.text, width: 2, style: style)
      self[x + 1, y] = .continuation(style)
    } else {
      self[x, y] = Cell(text: glyph.text, width: 1, style: style)
    }
  }

  private mutating func clearWideNeighbours(x: Int, y: Int) {
    let cell = self[x, y]
    if cell.width == 0, x > 0, self[x - 1, y].width == 2 {
      self[x - 1, y] = Cell(text: " ", width: 1, style: self[x - 1, y].style)
    }
    if cell.width == 2, x + 1 < width, self[x + 1, y].width == 0 {
      self[x + 1, y] = Cell(text: " ", width: 1, style: cell.style)
    }
  }

  /// Writes text in the `width` columns from (x, y): sanitised, truncated with the set's
  /// ellipsis, aligned, and padded with spaces when `pad` is set. Returns the columns used.
  @discardableResult
  public mutating func write(
    _ text: String, x: Int, y: Int, width columns: Int, style: CellStyle = .normal,
    glyphs set: GlyphSet, align: Alignment = .left, pad: Bool = true
  ) -> Int {
    let glyphs = TextSanitizer.glyphs(text, cjkWide: set.cjkWide)
    return write(
      glyphs: glyphs, x: x, y: y, width: columns, style: style, glyphs: set, align: align, pad: pad)
  }

  /// Writes glyphs already sanitised; see `write(_:x:y:width:style:glyphs:align:pad:)`.
  @discardableResult
  public mutating func write(
    glyphs: [Glyph], x: Int, y: Int, width columns: Int, style: CellStyle = .normal,
    glyphs set: GlyphSet, align: Alignment = .left, pad: Bool = true
  ) -> Int {
    guard columns > 0, y >= 0, y < height else { return 0 }
    // The ellipsis is made into glyphs only when the text does not fit.
    let fitted =
      glyphs.displayWidth <= columns
      ? glyphs
      : TextLayout.fit(
        glyphs, width: columns, ellipsis: TextSanitizer.glyphs(set.ellipsis, cjkWide: set.cjkWide))
    let used = fitted.displayWidth
    let slack = columns - used
    let lead: Int
    switch align {
    case .left: lead = 0
    case .right: lead = slack
    case .center: lead = slack / 2
    }
    let limit = x + columns
    if pad {
      for i in 0..<lead { put(.space, x: x + i, y: y, style: style, limit: limit) }
    }
    var cx = x + lead
    for glyph in fitted {
      put(glyph, x: cx, y: y, style: style, limit: limit)
      cx += glyph.width
    }
    if pad {
      while cx < limit {
        put(.space, x: cx, y: y, style: style, limit: limit)
        cx += 1
      }
    }
    return pad ? columns : lead + used
  }

  /// Fills a rectangle with spaces in a style.
  public mutating func fill(_ rect: Rect, style: CellStyle = .normal) {
    let x0 = max(0, rect.x)
    let x1 = min(width, rect.maxX)
    let y0 = max(0, rect.y)
    let y1 = min(height, rect.maxY)
    guard x0 < x1, y0 < y1 else { return }
    for y in y0..<y1 {
      for x in x0..<x1 { put(.space, x: x, y: y, style: style) }
    }
  }

  /// Draws a border around `rect` with a title in its top edge.
  public mutating func drawBox(
    _ rect: Rect, title: String, style: CellStyle, titleStyle: CellStyle, glyphs set: GlyphSet
  ) {
    guard rect.width >= 2, rect.height >= 2 else {
      fill(rect, style: style)
      return
    }
    let h = Glyph(set.horizontal, width: 1)
    let v = Glyph(set.vertical, width: 1)
    for x in rect.x..<rect.maxX {
      put(h, x: x, y: rect.y, style: style)
      put(h, x: x, y: rect.maxY - 1, style: style)
    }
    for y in rect.y..<rect.maxY {
      put(v, x: rect.x, y: y, style: style)
      put(v, x: rect.maxX - 1, y: y, style: style)
    }
    put(Glyph(set.topLeft, width: 1), x: rect.x, y: rect.y, style: style)
    put(Glyph(set.topRight, width: 1), x: rect.maxX - 1, y: rect.y, style: style)
    put(Glyph(set.bottomLeft, width: 1), x: rect.x, y: rect.maxY - 1, style: style)
    put(Glyph(set.bottomRight, width: 1), x: rect.maxX - 1, y: rect.maxY - 1, style: style)
    if rect.width > 4, !title.isEmpty {
      write(
        " " + title + " ", x: rect.x + 1, y: rect.y, width: rect.width - 2, style: titleStyle,
        glyphs: set, pad: false)
    }
  }

  /// A progress bar of `columns` cells for a fraction 0…1 (clamped).
  public mutating func drawBar(
    fraction: Double, x: Int, y: Int, width columns: Int, glyphs set: GlyphSet
  ) {
    guard columns > 0 else { return }
    let f = fraction.isFinite ? min(1, max(0, fraction)) : 0
    let filled = Int((f * Double(columns)).rounded())
    for i in 0..<columns {
      let isFilled = i < filled
      put(
        Glyph(isFilled ? set.barFilled : set.barEmpty, width: 1), x: x + i, y: y,
        style: CellStyle(isFilled ? .barFilled : .barEmpty), limit: x + columns)
    }
  }
}
