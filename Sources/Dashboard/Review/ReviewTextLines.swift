/// A sentence of the text pane laid out in its columns: each sentence starts a line (one
/// that opens a paragraph indented two columns), wrapped by `TextLayout.wrap`, so Chinese
/// never splits and nothing is dropped.
enum ReviewTextLines {
  static let indent = 2

  static func lines(_ sentence: ReviewDocument.Sentence, width: Int, glyphs set: GlyphSet)
    -> [[Glyph]]
  {
    let glyphs = TextSanitizer.glyphs(sentence.text, cjkWide: set.cjkWide)
    guard sentence.opensParagraph, width > indent + 2 else {
      return TextLayout.wrap(glyphs, width: width)
    }
    return TextLayout.wrap(
      Array(repeating: Glyph.space, count: indent) + glyphs, width: width)
  }

  /// How many rows the sentence takes.
  static func height(_ sentence: ReviewDocument.Sentence, width: Int, glyphs: GlyphSet) -> Int {
    lines(sentence, width: width, glyphs: glyphs).count
  }
}
