/// A task heading whose paragraphs are fields, each opened by its label and colon
/// (`二、X产业链` then `链长:…;牵头单位:…`, `发展目标:…`, `重点环节:…`, `重点企业:…`): the chapter
/// is one task, titled with its heading — its fields together, not a task each.
enum FieldedChapters {
  /// The longest label a field opens with.
  static let longestLabel = 6

  /// The measures with those of each fielded chapter joined into its first: the chapter's
  /// text from its first field to its last (a field no task, `发展目标:…`, included), the first
  /// units found, the text's due year.
  static func joined(_ measures: [DraftMeasure], paragraphs: [String]) -> [DraftMeasure] {
    var result: [DraftMeasure] = []
    var index = 0
    while index < measures.count {
      let key = measures[index].headingKey
      var end = index + 1
      while end < measures.count, measures[end].headingKey == key { end += 1 }
      let chapter = measures[index..<end]
      guard chapter.count > 1, chapter.allSatisfy({ isField(paragraphs[$0.paragraph]) }) else {
        result += chapter
        index = end
        continue
      }
      var first = chapter[index]
      let last = chapter[end - 1].paragraph
      first.text = paragraphs[first.paragraph...last].joined(separator: "\n")
      first.position = nil
      first.fieldParagraphs = Array(first.paragraph...last)
      first.units = chapter.first(where: { !$0.units.isEmpty })?.units ?? first.units
      first.due = MeasurePatterns.dueYear(first.text)
      result.append(first)
      index = end
    }
    return result
  }

  /// `发展目标:…`, `链长:…`: a paragraph opened by a short label and its colon.
  static func isField(_ paragraph: String) -> Bool {
    let text = PlanTextCharacters.trimmed(SpacedLabels.closed(paragraph))
    let label = text.prefix(while: PlanTextCharacters.isHan)
    return (2...longestLabel).contains(label.count) && text[label.endIndex...].first == ":"
  }
}
