import PlanModel

/// The document's text as the review screen shows it: its paragraphs cut into sentences,
/// each sentence a selectable line of the text pane.
public struct ReviewDocument: Hashable, Sendable {
  public struct Sentence: Hashable, Sendable {
    public var paragraph: Int
    /// The sentence as printed, its closing punctuation included.
    public var text: String
    /// Whether it opens its paragraph (drawn indented).
    public var opensParagraph: Bool
  }

  public private(set) var paragraphs: [String]
  public private(set) var sentences: [Sentence]
  /// Where each paragraph's sentences start in `sentences`.
  private var firstSentence: [Int]

  public init(paragraphs: [String]) {
    self.paragraphs = paragraphs
    sentences = []
    firstSentence = []
    for (index, paragraph) in paragraphs.enumerated() {
      firstSentence.append(sentences.count)
      for (n, text) in Self.split(paragraph).enumerated() {
        sentences.append(Sentence(paragraph: index, text: text, opensParagraph: n == 0))
      }
    }
  }

  /// A stand-in when the document cannot be read: the sentences the items carry, each once,
  /// in the plan's order.
  public init(sentencesOf plan: Plan) {
    var seen: Set<String> = []
    let texts = plan.reviewRefs.compactMap { plan.reviewItem($0)?.source.text }
      .filter { !$0.isEmpty && seen.insert($0).inserted }
    self.init(paragraphs: texts)
  }

  static let enders: Set<Character> = ["。", "！", "？", "；", "!", "?", ";"]
  static let closers: Set<Character> = ["”", "’", "）", ")", "」", "』", "》"]

  /// A paragraph's sentences: each ends after 。！？； (and a closing quote or bracket right
  /// after it); nothing is dropped, so they join back into the paragraph.
  static func split(_ paragraph: String) -> [String] {
    var result: [String] = []
    var current = ""
    var ended = false
    for character in paragraph {
      if ended, !closers.contains(character), !enders.contains(character) {
        result.append(current)
        current = ""
        ended = false
      }
      current.append(character)
      if enders.contains(character) { ended = true }
    }
    if !current.trimmingSpaces.isEmpty || result.isEmpty { result.append(current) }
    return result
  }

  /// The sentences an item's source text lies in: those of the first paragraph holding it
  /// that overlap it; empty when the text is not in the document.
  public func sentences(holding text: String?) -> Range<Int> {
    guard let text, !text.isEmpty else { return 0..<0 }
    for (index, paragraph) in paragraphs.enumerated() {
      // Compared with full-width forms folded (one character for one): a draft's sentences
      // are read folded, the text is shown as printed.
      let folded = FullWidthForms.folded(paragraph)
      guard let range = folded.firstRange(of: FullWidthForms.folded(text)) else { continue }
      let start = folded.distance(from: folded.startIndex, to: range.lowerBound)
      let end = start + text.count
      var offset = 0
      var first: Int?
      var last = firstSentence[index]
      let stop = index + 1 < firstSentence.count ? firstSentence[index + 1] : sentences.count
      for s in firstSentence[index]..<stop {
        let length = sentences[s].text.count
        if offset + length > start, offset < end {
          if first == nil { first = s }
          last = s
        }
        offset += length
      }
      if let first { return first..<(last + 1) }
    }
    return 0..<0
  }

  /// The outline heading each paragraph stands under: a heading is placed at the first
  /// paragraph (after the one before it) that holds its number and title as printed.
  public func headings(of outline: [OutlineHeading]) -> [String?] {
    var result = [String?](repeating: nil, count: paragraphs.count)
    var pending = outline.filter(\.inText)[...]
    var current: String?
    for (index, paragraph) in paragraphs.enumerated() {
      let flat = FullWidthForms.folded(paragraph)
      while let next = pending.first, !next.title.isEmpty,
        flat.contains(FullWidthForms.folded(next.title)),
        next.number.isEmpty || flat.contains(Self.flat(next.number))
      {
        current = next.key
        pending.removeFirst()
      }
      result[index] = current
    }
    return result
  }

  private static func flat(_ number: String) -> String {
    FullWidthForms.folded(number)
  }
}
