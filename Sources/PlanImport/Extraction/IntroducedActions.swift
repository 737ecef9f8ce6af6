/// Actions a text lists as paragraphs of their own, `一是实施项目攻坚行动。…`, `二是…。`, after a
/// paragraph introducing them as work to do (`在重点任务上,《行动计划》部署了六大行动:`), outside
/// any task heading — a press conference transcript or a news page retelling a plan heads no
/// tasks: each is a measure titled with its lead phrase without the ordinal (`实施项目攻坚行动`),
/// placed by its paragraph (`¶12`). The run counts on from `一是` without a gap. Not a list
/// introduced as anything but work (`主要存在以下问题:`), nor one under a task heading (those
/// paragraphs are measures already), the background or the starting situation.
enum IntroducedActions {
  /// Words of an introduction naming work to do.
  static let introWords = ["行动", "任务", "工程", "举措", "措施"]

  /// The measures of each introduced run; `taken`: paragraphs that are measures already.
  static func measures(
    paragraphs: [String], outline: OutlineRecogniser, sections: PlanSections, taken: Set<Int>
  ) -> [DraftMeasure] {
    var found: [DraftMeasure] = []
    for (index, paragraph) in paragraphs.enumerated() where isIntroduction(paragraph) {
      var expected = 1
      var next = index + 1
      while next < paragraphs.count, outline.lines[next] == nil, !taken.contains(next),
        standsOutsideParts(outline.placeKeys[next], outline: outline, sections: sections),
        ordinal(of: paragraphs[next]) == expected,
        let title = MeasurePatterns.leadPhrase(paragraphs[next])
      {
        let text = paragraphs[next]
        found.append(
          DraftMeasure(
            paragraph: next, headingKey: outline.placeKeys[next], title: title, text: text,
            position: "¶\(next + 1)", units: UnitNotes.read(text),
            due: MeasurePatterns.dueYear(text), titledByLeadPhrase: true))
        expected += 1
        next += 1
      }
    }
    return found
  }

  /// True under no heading, or under one that is neither a task (its paragraphs are measures
  /// already) nor the background or starting situation (`一、总体思路`, `一、发展现状`).
  static func standsOutsideParts(
    _ key: String?, outline: OutlineRecogniser, sections: PlanSections
  ) -> Bool {
    guard let key else { return true }
    let background = outline.heading(key).map { PlanSections.isBackground($0.title) } ?? false
    return !sections.isTask(key) && !sections.isStarting(key) && !background
  }

  /// A paragraph closing on a colon that names work to do (`…部署了六大行动:`).
  static func isIntroduction(_ paragraph: String) -> Bool {
    let text = PlanTextCharacters.trimmed(paragraph)
    guard let last = text.last, last == ":" || last == "\u{FF1A}" else { return false }
    return introWords.contains(where: text.contains)
  }

  /// The number of the clause ordinal opening the paragraph (`三是…` → 3), or nil.
  static func ordinal(of paragraph: String) -> Int? {
    let text = PlanTextCharacters.trimmed(paragraph)[...]
    let numerals = text.prefix(while: ChineseNumber.isNumeral)
    guard (1...3).contains(numerals.count), text[numerals.endIndex...].hasPrefix("是") else {
      return nil
    }
    return ChineseNumber.value(numerals)
  }
}
