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

  /// Lines of at most `width` columns; breaks at spaces where it can, else anywhere between
  /// characters (Chinese has no spaces), never inside a wide character: one that does not fit
  /// at the end of a line moves whole to the next. Nothing is dropped or replaced but the
  /// space a line breaks at, so the lines joined give back the text (never a `…`: that is
  /// for `fit`, which truncates one-line cells).
  public static func wrap(_ glyphs: [Glyph], width: Int) -> [[Glyph]] {
    guard width > 0 else { return [] }
    var lines: [[Glyph]] = []
    var line: [Glyph] = []
    var used = 0
    var lastSpace: Int? = nil
    for glyph in glyphs {
      // A glyph wider than the whole line (a wide one at width 1) gets a line of its own.
      if used + glyph.width > width && !line.isEmpty {
        if let cut = lastSpace, cut > 0, glyph.text != " " {
          let rest = Array(line[(cut + 1)...])
          lines.append(Array(line[..<cut]))
          line = rest
          used = rest.displayWidth
        } else {
          lines.append(line)
          line = []
          used = 0
        }
        lastSpace = nil
        if glyph.text == " " && line.isEmpty { continue }
      }
      if glyph.text == " " { lastSpace = line.count }
      line.append(glyph)
      used += glyph.width
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }
}
