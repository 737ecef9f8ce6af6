import PlanModel

/// A measure as the rules read it from one paragraph of the tasks.
struct DraftMeasure {
  var paragraph: Int
  /// Nil for a measure standing under no heading (`IntroducedActions`).
  var headingKey: String?
  var title: String
  var text: String
  var position: String?
  var units: UnitNotes
  var due: Int?
  /// True when the title is the paragraph's own lead phrase (`智能装备。…`).
  var titledByLeadPhrase: Bool
  /// A chapter of fields read as one task: every paragraph it spans (`FieldedChapters`).
  var fieldParagraphs: [Int] = []

  /// The paragraphs whose goals are the measure's outputs.
  var paragraphs: [Int] { fieldParagraphs.isEmpty ? [paragraph] : fieldParagraphs }
}

/// Measures: every paragraph under a task heading. A run-in heading's paragraph is one
/// (`1.发展壮大特色产业集群。按照…`, titled with its heading); each paragraph after a heading
/// line is one, titled with its lead phrase (`——智能装备。发展…`, `智能装备。发展…`) or, when
/// it has none, with its heading; later paragraphs of a heading get a position (`三(一) ¶2`).
enum MeasurePatterns {
  /// The longest lead phrase read as a title.
  static let longestLeadPhrase = 24

  /// `skipped`: paragraphs that are no task of their own (the items of a 任务分工 list).
  static func measures(
    paragraphs: [String], outline: OutlineRecogniser, sections: PlanSections,
    skipped: Set<Int> = []
  ) -> [DraftMeasure] {
    var found: [DraftMeasure] = []
    var countUnder: [String: Int] = [:]
    var notesUnder: [String: UnitNotes] = [:]
    // After a closing line (the 施行 line, signature, date) no paragraph is a task until the
    // next heading.
    var closed = false
    let parents = Set(outline.headings.compactMap(\.parent))
    for (index, paragraph) in paragraphs.enumerated() {
      if outline.lines[index] != nil {
        closed = false
      } else if closed || ClosingLines.isClosing(paragraph)
        || ClosingLines.isOfficeSignature(
          paragraph, next: index + 1 < paragraphs.count ? paragraphs[index + 1] : nil)
        || ReportingLines.closes(index, paragraphs: paragraphs, outline: outline)
        || ClosingCalls.isClosingCall(index, paragraphs: paragraphs, outline: outline)
      {
        closed = true
        continue
      }
      guard let key = outline.placeKeys[index], sections.isTask(key),
        let heading = outline.heading(key), !skipped.contains(index)
      else { continue }
      let support = SupportSections.contains(key, outline: outline)
      if let line = outline.lines[index] {
        guard line.runIn else { continue }
        countUnder[key] = 1
        found.append(
          DraftMeasure(
            paragraph: index, headingKey: key, title: line.title, text: line.body, position: nil,
            units: UnitNotes.read(paragraph, proseCalls: !support), due: dueYear(paragraph),
            titledByLeadPhrase: false))
        continue
      }
      // `以上三个产业责任单位:A、B,…`: the units of the items before it, no task.
      if let shared = SharedUnitLines.read(paragraph) {
        SharedUnitLines.give(shared, to: &found, outline: outline)
        continue
      }
      // `链长:…;牵头单位:A;配合单位:B。` on its own line: the units of the heading's tasks;
      // a line of the lead and one of the others (`牵头单位:A` `责任单位:B、C`) give both.
      if let notes = noteLine(index, paragraphs: paragraphs, outline: outline) {
        notesUnder[key] = notesUnder[key].map { $0.completed(by: notes) } ?? notes
        continue
      }
      // `链长:…;链主企业:…。` naming no unit: a note about the heading (`FieldNoteLines`).
      if FieldNoteLines.isNote(SpacedLabels.closed(paragraph)) { continue }
      // A chapter's opening paragraph before its first 节 introduces the tasks under them; a
      // question's chapter with no items under it (`七、实施期限是多久?`) answers it, no task.
      if parents.contains(key) || HeadingLine.isQuestion(heading.title) { continue }
      let number = (countUnder[key] ?? 0) + 1
      countUnder[key] = number
      // `X是全市园区经济的龙头。…` under the heading `X`: a sentence about the heading's
      // subject, not a title of its own.
      let lead = leadPhrase(paragraph).flatMap { $0.hasPrefix(heading.title) ? nil : $0 }
      found.append(
        DraftMeasure(
          paragraph: index, headingKey: key, title: lead ?? heading.title,
          text: String(paragraph.drop { $0 == "—" || $0 == "-" }),
          position: "\(key) ¶\(number)", units: UnitNotes.read(paragraph, proseCalls: !support),
          due: dueYear(paragraph),
          titledByLeadPhrase: lead != nil))
    }
    // A heading with a single paragraph needs no position.
    for index in found.indices where found[index].position != nil {
      if found[index].headingKey.flatMap({ countUnder[$0] }) == 1 { found[index].position = nil }
    }
    for index in found.indices where found[index].units.isEmpty {
      if let notes = found[index].headingKey.flatMap({ notesUnder[$0] }) {
        found[index].units = notes
      }
    }
    SharedNoteLines.spread(notesUnder, over: &found, outline: outline)
    return FieldedChapters.joined(found, paragraphs: paragraphs)
  }

  /// A line that is only a note of units (`UnitNotes.line`; its label spaced out to line up,
  /// `牵 头 单 位:`, too: `SpacedLabels`), or a block of fields naming them with the chain's
  /// post and leading enterprises (`LabelBlockLines`) that does not open a chapter of fields.
  static func noteLine(_ index: Int, paragraphs: [String], outline: OutlineRecogniser)
    -> UnitNotes?
  {
    let paragraph = SpacedLabels.closed(paragraphs[index])
    if let notes = UnitNotes.line(paragraph) { return notes }
    let next = index + 1
    let opensChapter =
      next < paragraphs.count && outline.lines[next] == nil
      && FieldedChapters.isField(paragraphs[next])
    return opensChapter ? nil : LabelBlockLines.notes(paragraph)
  }

  /// `——智能装备。发展…` / `智能装备。发展…` / `一是加强组织领导。…`: the short phrase before the
  /// first 。, without a clause ordinal (`一是`, `二是` …) before it.
  static func leadPhrase(_ paragraph: String) -> String? {
    let dashed = paragraph.drop(while: { $0 == "—" || $0 == "-" || PlanTextCharacters.isSpace($0) })
    let text = afterClauseOrdinal(dashed)
    guard let stop = text.firstIndex(of: "。"), text.index(after: stop) < text.endIndex else {
      return nil
    }
    let phrase = text[..<stop]
    guard phrase.count <= longestLeadPhrase, phrase.count >= 2,
      !phrase.contains(where: { PlanTextCharacters.clauseEnds.contains($0) || $0 == "、" })
    else { return nil }
    return String(phrase)
  }

  /// The text after a clause ordinal that opens it (`一是`, `十二是`) or an article's number
  /// (`第十八条 降低要素成本。…`), or all of it.
  static func afterClauseOrdinal(_ text: Substring) -> Substring {
    if text.hasPrefix("第") {
      let numerals = text.dropFirst().prefix(while: ChineseNumber.isNumeral)
      if !numerals.isEmpty, ChineseNumber.value(numerals) != nil,
        text[numerals.endIndex...].hasPrefix("条")
      {
        return text[numerals.endIndex...].dropFirst().drop(while: PlanTextCharacters.isSpace)
      }
    }
    let numerals = text.prefix(while: ChineseNumber.isNumeral)
    guard (1...3).contains(numerals.count), ChineseNumber.value(numerals) != nil,
      text[numerals.endIndex...].hasPrefix("是")
    else { return text }
    return text[numerals.endIndex...].dropFirst()
  }

  /// The first year the paragraph names as due (`到2027年`).
  static func dueYear(_ paragraph: String) -> Int? {
    for sentence in SentenceSegmenter.sentences(of: paragraph) {
      if let year = NumberUnitParser.years(in: sentence).first(where: { $0.role == .due }) {
        return year.year
      }
    }
    return nil
  }
}
