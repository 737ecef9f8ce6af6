/// A text whose paragraphs were broken into lines of one width — text printed from a PDF,
/// or an e-mail's — joined back into its paragraphs. Such a text shows itself by its
/// widths: most of its long lines end within two wide characters of one right margin,
/// and hardly any line runs past it. A line that reaches the margin goes on in the next
/// line unless that one opens a paragraph (indented, where the text indents its
/// paragraphs), a heading or a list item, or is a table's row; across a page break
/// (`PlainTextPages`) the blank lines between are skipped. A text of one paragraph to a
/// line has no such margin and is left as it is.
enum WrappedLines {
  /// The right margin lines were broken at, measured in places (a wide character two: a
  /// PDF's own text) or in characters (a text broken at so many characters a line).
  struct Margin: Equatable {
    var width: Int
    var inCharacters: Bool

    /// How far short of the margin a broken line may end: a line breaks before a wide
    /// character that would not fit, or keeps a closing mark.
    var slack: Int { inCharacters ? 2 : 4 }

    static func width(_ line: String, inCharacters: Bool) -> Int {
      let text = line.trimmingTrailingSpaces
      return inCharacters ? text.count : text.reduce(0) { $0 + (TextCleaning.isWide($1) ? 2 : 1) }
    }

    func reached(by line: String) -> Bool {
      Self.width(line, inCharacters: inCharacters) >= width - slack
    }
  }

  static func joined(_ pages: PlainTextPages) -> [String] {
    let lines = pages.lines
    let wrap = margin(of: lines)
    let indents = lines.filter(opensIndented).count >= 3
    var result: [String] = []
    var index = 0
    while index < lines.count {
      var text = lines[index]
      var last = lines[index]
      index += 1
      while let next = continuation(after: index - 1, pages),
        goesOn(last, margin: wrap, acrossPage: pages.breakBefore[next], indents: indents),
        !startsParagraph(lines[next], indents: indents)
      {
        text = PDFText.joined(text.trimmingTrailingSpaces, TextCleaning.trimmed(lines[next]))
        last = lines[next]
        index = next + 1
      }
      result.append(text)
    }
    return result
  }

  /// Whether a paragraph goes on after this line: it reaches the margin — and, in a text
  /// that does not indent its paragraphs, does not end a sentence there — or a page ends
  /// after it in mid-sentence.
  static func goesOn(_ line: String, margin: Margin?, acrossPage: Bool, indents: Bool) -> Bool {
    // A signature's date set flush right, `（此件公开发布）`: lines of their own.
    if standsAlone(line) { return false }
    if let margin, !isTableRow(line), margin.reached(by: line),
      indents || !PDFText.endsParagraph(line)
    {
      return true
    }
    return acrossPage && !isTableRow(line) && !PDFText.endsParagraph(line)
  }

  /// The right margin most long lines end at, if the text was broken at one: measured
  /// both ways, the one more lines end at.
  static func margin(of lines: [String]) -> Margin? {
    let rows = lines.filter { !isTableRow($0) }
    let found = [false, true].compactMap { margin(of: rows, inCharacters: $0) }
    return found.max { $0.share < $1.share }?.margin
  }

  /// The margin by one measure, and the share of long lines that end at it: at least five
  /// lines and two fifths of the long ones end there, and hardly any runs past it.
  static func margin(of rows: [String], inCharacters: Bool) -> (margin: Margin, share: Double)? {
    let shortest = inCharacters ? 20 : 40
    let widths = rows.map { Margin.width($0, inCharacters: inCharacters) }.filter { $0 >= shortest }
    guard widths.count >= 5 else { return nil }
    let slack = Margin(width: 0, inCharacters: inCharacters).slack
    let counts = Set(widths).map { candidate in
      (width: candidate, count: widths.filter { $0 <= candidate && $0 >= candidate - slack }.count)
    }
    let best = counts.max { $0.count < $1.count || ($0.count == $1.count && $0.width < $1.width) }
    guard let best, best.count >= 5, best.count * 5 >= widths.count * 2 else { return nil }
    let beyond = widths.filter { $0 > best.width + slack / 2 }.count
    guard beyond * 10 <= widths.count else { return nil }
    let margin = Margin(width: best.width, inCharacters: inCharacters)
    return (margin, Double(best.count) / Double(widths.count))
  }

  /// The next non-empty line, when it follows at once or across a page break.
  static func continuation(after index: Int, _ pages: PlainTextPages) -> Int? {
    var next = index + 1
    while next < pages.lines.count, TextCleaning.trimmed(pages.lines[next]).isEmpty {
      next += 1
    }
    guard next < pages.lines.count else { return nil }
    return next == index + 1 || pages.breakBefore[next] ? next : nil
  }

  /// A date and nothing else (`2026年4月20日`), or a note wholly in brackets (`（此件公开发布）`).
  static func standsAlone(_ line: String) -> Bool {
    let text = TextCleaning.trimmed(line)
    return text.range(of: #"^\d{4}年\d{1,2}月\d{1,2}日$"#, options: .regularExpression) != nil
      || text.range(of: #"^[（(][^（）()]+[）)]$"#, options: .regularExpression) != nil
  }

  /// A line that starts a paragraph of its own: indented (where the text indents), a
  /// heading or list item by its opening marker, a note, or a table's row.
  static func startsParagraph(_ line: String, indents: Bool) -> Bool {
    if isTableRow(line) || (indents && opensIndented(line)) { return true }
    let text = TextCleaning.trimmed(line)
    return text.range(of: openingMarker, options: .regularExpression) != nil
  }

  static let openingMarker =
    #"^(第[一二三四五六七八九十百零〇\d]+[章节条部分篇]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.](?!\d)|[①-⑳]|专栏|表\s*\d|图\s*\d|附件|附表|注[：:])"#

  static func opensIndented(_ line: String) -> Bool {
    line.hasPrefix("\u{3000}") || line.hasPrefix("  ") || line.hasPrefix("\t")
  }

  /// A row of a table laid out with runs of spaces (`LayoutTextTable`).
  static func isTableRow(_ line: String) -> Bool {
    LayoutTextTable.cells(of: line).count >= 2
  }
}

extension String {
  fileprivate var trimmingTrailingSpaces: String {
    var text = self
    while let last = text.last, last.isWhitespace { text.removeLast() }
    return text
  }
}
