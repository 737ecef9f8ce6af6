/// A text file printed from a PDF (`pdftotext`, a copy from a reader) keeps the pages'
/// furniture: a form feed between pages, a page number alone on its line (`— 3 —`,
/// `- 3 -`, `第3页`, `3/12`; a bare `3` only where form feeds mark the pages) and a
/// running head repeated at the top of every page. These lines go; where one went, a
/// page break is marked, so that a sentence broken across two pages can be joined again
/// (`WrappedLines`).
struct PlainTextPages {
  /// The lines left, and for each whether a page break came just before it (blank lines
  /// around the furniture are kept: they are not the text's own paragraph breaks there).
  var lines: [String]
  var breakBefore: [Bool]

  init(_ raw: [String]) {
    let formFeeds = raw.contains { $0.contains("\u{0C}") }
    let cleaned = raw.map { $0.replacingOccurrences(of: "\u{0C}", with: "") }
    var isFurniture = cleaned.map { Self.isPageNumber($0, formFeeds: formFeeds) }
    var breaks = Self.pageBreaks(raw, isPageNumber: isFurniture)
    for index in Self.runningHeads(cleaned, breaks: breaks) {
      isFurniture[index] = true
      breaks.insert(index)
    }
    lines = []
    breakBefore = []
    var pending = false
    for (index, line) in cleaned.enumerated() {
      if breaks.contains(index) { pending = true }
      if isFurniture[index] { continue }
      lines.append(line)
      breakBefore.append(pending && !TextCleaning.trimmed(line).isEmpty)
      if !TextCleaning.trimmed(line).isEmpty { pending = false }
    }
  }

  /// A page number alone on its line: decorated (`— 3 —`, `第3页`, `3/12`), or bare digits
  /// where form feeds show the text was printed in pages.
  static func isPageNumber(_ line: String, formFeeds: Bool) -> Bool {
    let text = TextCleaning.trimmed(line)
    guard !text.isEmpty, text.count <= 12, PDFFurniture.isPageNumber(text) else { return false }
    return formFeeds || !text.allSatisfy(\.isNumber)
  }

  /// The lines a page starts at: after a form feed, or after a page number.
  static func pageBreaks(_ raw: [String], isPageNumber: [Bool]) -> Set<Int> {
    var breaks: Set<Int> = []
    for (index, line) in raw.enumerated() {
      if line.contains("\u{0C}") { breaks.insert(index) }
      if isPageNumber[index] { breaks.insert(index + 1) }
    }
    return breaks
  }

  /// The first non-empty line after each page break, where the same text starts two pages
  /// or more: a running head.
  static func runningHeads(_ lines: [String], breaks: Set<Int>) -> [Int] {
    var firsts: [(index: Int, text: String)] = []
    for start in breaks.sorted() {
      var index = start
      while index < lines.count, TextCleaning.trimmed(lines[index]).isEmpty { index += 1 }
      if index < lines.count { firsts.append((index, TextCleaning.trimmed(lines[index]))) }
    }
    var counts: [String: Int] = [:]
    for first in firsts { counts[first.text, default: 0] += 1 }
    return firsts.filter { (counts[$0.text] ?? 0) >= 2 }.map(\.index)
  }
}
