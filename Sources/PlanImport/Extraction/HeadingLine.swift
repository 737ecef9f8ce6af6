/// A paragraph that opens with a heading number: either the heading alone on its line
/// (`(一)指导思想`) or a run-in heading whose paragraph goes on after it
/// (`1.发展壮大特色产业集群。按照…`).
struct HeadingLine {
  var marker: HeadingMarker
  /// The heading's words, without a closing 。 or colon.
  var title: String
  /// True when the paragraph goes on after the heading.
  var runIn: Bool
  /// The paragraph after its number (the heading included): a run-in measure's text.
  var body: String

  /// The longest title a heading can have; a longer first sentence is a numbered paragraph.
  static let longestTitle = 40
  /// The longest line that can stand as a heading on its own.
  static let longestLine = 60

  static func read(_ paragraph: String) -> HeadingLine? {
    guard let marker = HeadingMarker.at(startOf: paragraph) else { return nil }
    let rest = Substring(PlanTextCharacters.trimmed(paragraph[marker.end...]))
    guard let first = rest.first, !PlanTextCharacters.clauseEnds.contains(first),
      !PlanTextCharacters.sentenceEnds.contains(first)
    else { return nil }
    let sentences = SentenceSegmenter.sentences(of: String(rest))
    guard let opening = sentences.first else { return nil }
    let openingTitle = cleanTitle(opening)
    if sentences.count == 1, rest.count <= longestLine {
      return HeadingLine(marker: marker, title: openingTitle, runIn: false, body: String(rest))
    }
    if HeadingTitleLength.length(of: openingTitle) <= longestTitle,
      !openingTitle.contains(",") || isCouplet(opening)
    {
      return HeadingLine(marker: marker, title: openingTitle, runIn: true, body: String(rest))
    }
    // A numbered paragraph with no short heading: its first clause stands as the title.
    guard let clause = SentenceSegmenter.clauses(of: opening).first,
      clause.count <= longestTitle
    else { return nil }
    return HeadingLine(marker: marker, title: cleanTitle(clause), runIn: true, body: String(rest))
  }

  /// The longest half of a heading of two phrases.
  static let longestHalf = 14

  /// A heading of two short phrases, no figure in them (`坚持工业强县,加快建设现代化产业体系`,
  /// `聚焦主导产业,做强产业集群`): the whole is the title, not its first half.
  static func isCouplet(_ sentence: Substring) -> Bool {
    let clauses = SentenceSegmenter.clauses(of: sentence).map(cleanTitle)
    return clauses.count == 2 && clauses.allSatisfy { $0.count >= 4 && $0.count <= longestHalf }
      && !sentence.contains(where: PlanTextCharacters.isDigit)
  }

  /// The heading's words without a closing 。, colon or comma; a question keeps its `?`
  /// (`一、为什么要出台《实施意见》?`, the chapters of a 政策解读).
  static func cleanTitle(_ text: Substring) -> String {
    var title = text
    while let last = title.last, !questionMarks.contains(last),
      PlanTextCharacters.sentenceEnds.contains(last) || PlanTextCharacters.clauseEnds.contains(last)
    {
      title = title.dropLast()
    }
    return PlanTextCharacters.trimmed(title)
  }

  static let questionMarks: Set<Character> = ["?", "\u{FF1F}"]

  /// A heading asking a question (`三、重点发展哪些产业?`).
  static func isQuestion(_ title: String) -> Bool {
    title.last.map(questionMarks.contains) ?? false
  }
}
