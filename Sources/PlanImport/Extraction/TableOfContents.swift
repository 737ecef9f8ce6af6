/// A table of contents before the text (`目录`, `目  录`, `目次` on a line of its own, as a Word
/// file saved as text keeps it): the heading lines under it that the text repeats later as
/// headings — a page number and dot leaders off (`第一章 发展基础……1`) — are its entries, not
/// headings of the outline. A line under it the text does not repeat (`前  言`, the text's own
/// start) stays what it is.
enum TableOfContents {
  static let titles: Set<String> = ["目录", "目次"]

  /// The indices of the paragraphs that are entries of a table of contents.
  static func entries(in paragraphs: [String]) -> Set<Int> {
    guard
      let start = paragraphs.firstIndex(where: {
        titles.contains(String($0.filter { !$0.isWhitespace }))
      })
    else { return [] }
    var run: [(index: Int, key: String)] = []
    for index in paragraphs.indices.dropFirst(start + 1) {
      guard let key = headingKey(withoutPageNumber(paragraphs[index])) else { break }
      run.append((index, key))
    }
    guard let end = run.last?.index else { return [] }
    let later = Set(paragraphs[(end + 1)...].compactMap(headingKey))
    let repeated = run.filter { later.contains($0.key) }
    // One entry repeated could be chance; a table lists several.
    return repeated.count >= 2 ? Set(repeated.map(\.index)) : []
  }

  /// The heading's number and title without spaces, or nil for a line that is no heading.
  static func headingKey(_ paragraph: String) -> String? {
    guard let line = HeadingLine.read(paragraph), !line.runIn else { return nil }
    return (line.marker.printed + line.title).filter { !$0.isWhitespace }
  }

  /// The line without a closing page number and the dots or spaces leading to it.
  static func withoutPageNumber(_ line: String) -> String {
    var text = Substring(line)
    while let last = text.last, last.isWhitespace { text = text.dropLast() }
    let digits = text.reversed().prefix { $0.isASCII && $0.isNumber }.count
    guard digits > 0, digits < text.count else { return String(text) }
    var rest = text.dropLast(digits)
    let leaders: Set<Character> = [".", "·", "…", "．", "-", " ", "\u{3000}", "\t"]
    guard let last = rest.last, leaders.contains(last) else { return String(text) }
    while let last = rest.last, leaders.contains(last) { rest = rest.dropLast() }
    return String(rest)
  }
}
