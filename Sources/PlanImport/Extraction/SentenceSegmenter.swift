/// Cuts a paragraph into sentences and a sentence into clauses, each a verbatim piece of the
/// text, never cut inside brackets or quotes (a `(牵头单位:…;责任单位:…)` note stays whole).
enum SentenceSegmenter {
  /// The paragraph's sentences: each ends after its 。!? (kept) or before its ; (dropped).
  static func sentences(of paragraph: String) -> [Substring] {
    pieces(of: paragraph[...], cutAt: sentenceCuts, keep: sentenceKeeps)
  }

  /// The sentence's clauses, cut at commas and colons (dropped), its closing 。 dropped too.
  static func clauses(of sentence: Substring) -> [Substring] {
    var body = sentence
    while let last = body.last, PlanTextCharacters.sentenceEnds.contains(last) {
      body = body.dropLast()
    }
    return pieces(of: body, cutAt: clauseCuts, keep: [])
  }

  // The marks are single scalars: the text is walked by its scalars, which is several times
  // quicker than by its characters (each a grapheme cluster, each hashed normalized).
  private static let sentenceCuts = scalars(of: PlanTextCharacters.sentenceEnds)
  private static let sentenceKeeps = scalars(of: ["。", "!", "?", "!", "?"])
  private static let clauseCuts = scalars(of: PlanTextCharacters.clauseEnds)
  private static let openings = scalars(of: PlanTextCharacters.openingBrackets)
  private static let closings = scalars(of: PlanTextCharacters.closingBrackets)

  private static func scalars(of marks: Set<Character>) -> Set<Unicode.Scalar> {
    Set(marks.flatMap(\.unicodeScalars))
  }

  private static func pieces(
    of text: Substring, cutAt ends: Set<Unicode.Scalar>, keep: Set<Unicode.Scalar>
  ) -> [Substring] {
    var result: [Substring] = []
    var depth = 0
    var inQuote = false
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let c = scalars[index]
      let next = scalars.index(after: index)
      if openings.contains(c) {
        depth += 1
      } else if closings.contains(c) {
        depth = max(0, depth - 1)
      } else if c == "“" {
        inQuote = true
      } else if c == "”" {
        inQuote = false
      } else if depth == 0, !inQuote, ends.contains(c), !isThousandsComma(text, at: index) {
        append(text[start..<(keep.contains(c) ? next : index)], to: &result)
        start = next
      }
      index = next
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
