/// Cuts a paragraph into sentences and a sentence into clauses, each a verbatim piece of the
/// text, never cut inside brackets or quotes (a `(牵头单位:…;责任单位:…)` note stays whole).
enum SentenceSegmenter {
  /// The paragraph's sentences: each ends after its 。!? (kept) or before its ; (dropped).
  static func sentences(of paragraph: String) -> [Substring] {
    pieces(
      of: paragraph[...], cutAt: PlanTextCharacters.sentenceEnds, keep: ["。", "!", "?", "!", "?"])
  }

  /// The sentence's clauses, cut at commas and colons (dropped), its closing 。 dropped too.
  static func clauses(of sentence: Substring) -> [Substring] {
    var body = sentence
    while let last = body.last, PlanTextCharacters.sentenceEnds.contains(last) {
      body = body.dropLast()
    }
    return pieces(of: body, cutAt: PlanTextCharacters.clauseEnds, keep: [])
  }

  private static func pieces(
    of text: Substring, cutAt ends: Set<Character>, keep: Set<Character>
  ) -> [Substring] {
    var result: [Substring] = []
    var depth = 0
    var inQuote = false
    var start = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
      let c = text[index]
      if PlanTextCharacters.openingBrackets.contains(c) {
        depth += 1
      } else if PlanTextCharacters.closingBrackets.contains(c) {
        depth = max(0, depth - 1)
      } else if c == "“" {
        inQuote = true
      } else if c == "”" {
        inQuote = false
      } else if depth == 0, !inQuote, ends.contains(c), !isThousandsComma(text, at: index) {
        let end = keep.contains(c) ? text.index(after: index) : index
        append(text[start..<end], to: &result)
        start = text.index(after: index)
      }
      index = text.index(after: index)
    }
    append(text[start...], to: &result)
    return result
  }

  /// A comma between digits with three digits after it (1,600) is part of a number.
  private static func isThousandsComma(_ text: Substring, at index: String.Index) -> Bool {
    guard text[index] == ",", index > text.startIndex else { return false }
    guard PlanTextCharacters.isDigit(text[text.index(before: index)]) else { return false }
    var next = text.index(after: index)
    for _ in 0..<3 {
      guard next < text.endIndex, PlanTextCharacters.isDigit(text[next]) else { return false }
      next = text.index(after: next)
    }
    return next == text.endIndex || !PlanTextCharacters.isDigit(text[next])
  }

  private static func append(_ piece: Substring, to result: inout [Substring]) {
    var piece = piece
    while let first = piece.first, PlanTextCharacters.isSpace(first) { piece = piece.dropFirst() }
    while let last = piece.last, PlanTextCharacters.isSpace(last) { piece = piece.dropLast() }
    if !piece.isEmpty { result.append(piece) }
  }
}
