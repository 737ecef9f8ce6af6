/// Fitting glyphs into columns: truncation with an ellipsis, padding, alignment and wrapping,
/// all by display width, never splitting a wide character.
public enum TextLayout {
  /// The glyphs that fit in `width` columns; when some are cut, `ellipsis` ends the result.
  /// The result may be one column short when a wide character would straddle the edge.
  public static func fit(_ glyphs: [Glyph], width: Int, ellipsis: [Glyph]) -> [Glyph] {
    guard width > 0 else { return [] }
    if glyphs.displayWidth <= width { return glyphs }
    let ellipsisWidth = ellipsis.displayWidth
    let room = width - ellipsisWidth
    if room < 0 { return take(glyphs, width: width) }
    return take(glyphs, width: room) + ellipsis
  }

  /// The longest prefix whose width is at most `width`.
  public static func take(_ glyphs: [Glyph], width: Int) -> [Glyph] {
    var used = 0
    var result: [Glyph] = []
    for glyph in glyphs {
      if used + glyph.width > width { break }
      used += glyph.width
      result.append(glyph)
    }
    return result
  }

  /// Lines of at most `width` columns. A line ends at the last place before the edge where
  /// `LineBreakRules` allow a break (Chinese has no spaces: between most characters), or at a
  /// space; where the rules leave no such place on a whole line (a figure longer than the
  /// line) it ends at the edge. Never inside a wide character: one that does not fit at the
  /// end of a line moves whole to the next. Nothing is dropped or replaced but the space a
  /// line breaks at, so the lines joined give back the text (never a `…`: that is for `fit`,
  /// which truncates one-line cells).
  public static func wrap(_ glyphs: [Glyph], width: Int) -> [[Glyph]] {
    guard width > 0 else { return [] }
    var lines: [[Glyph]] = []
    var start = 0
    while start < glyphs.count {
      // The glyphs start..<end fit; glyphs[end] does not.
      var end = start
      var used = 0
      while end < glyphs.count && used + glyphs[end].width <= width {
        used += glyphs[end].width
        end += 1
      }
      if end == glyphs.count {
        lines.append(Array(glyphs[start...]))
        break
      }
      let (lineEnd, next) = breakPoint(glyphs, start: start, end: end)
      lines.append(Array(glyphs[start..<lineEnd]))
      start = next
    }
    if lines.isEmpty { lines.append([]) }
    return lines
  }

  /// Where a line that starts at `start` and overflows at `end` ends, and where the next line
  /// starts (one past a space the line breaks at).
  private static func breakPoint(_ glyphs: [Glyph], start: Int, end: Int) -> (Int, Int) {
    // A glyph wider than the whole line (a wide one at width 1) gets a line of its own.
    guard end > start else { return (start + 1, start + 1) }
    if glyphs[end] == .space { return (end, end + 1) }
    var b = end
    while b > start {
      if glyphs[b - 1] == .space {
        if b - 1 > start { return (b - 1, b) }
      } else if LineBreakRules.allowsBreak(between: glyphs[b - 1], and: glyphs[b]) {
        return (b, b)
      }
      b -= 1
    }
    return (end, end)
  }
}
