extension PDFLine {
  /// The line cut where a gap wider than 0.6 of its height parts two words: poppler puts the
  /// texts of neighbouring table cells on one line when their columns stand close, and
  /// text set in one run leaves no such gap between its words (a space is a fraction of
  /// the height; a line spread to the margins leaves gaps of a fraction of a character).
  var partedAtGaps: [PDFLine] {
    var parts: [PDFLine] = []
    var current: [Word] = []
    for word in words {
      if let last = current.last, word.xMin - last.xMax > 0.6 * height {
        parts.append(piece(current))
        current = []
      }
      current.append(word)
    }
    parts.append(piece(current))
    return parts
  }

  private func piece(_ words: [Word]) -> PDFLine {
    PDFLine(
      words: words, xMin: words.first?.xMin ?? xMin, yMin: yMin, xMax: words.last?.xMax ?? xMax,
      yMax: yMax)
  }
}
