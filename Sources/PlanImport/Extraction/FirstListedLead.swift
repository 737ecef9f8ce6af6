/// A document's note that the first unit of each list leads: `(以下各项任务所列责任单位中,排在
/// 第一位的为牵头单位。)`, `第一个为牵头单位`, `列第一位的单位牵头`, `排名首位的部门为牵头部门` — a
/// sentence naming the first place (`第一位`, `第一个`, `首位` …) before `牵头`, about units or
/// departments. Where a document says so, each task whose units carry no lead of their own is
/// led by the first unit its list names; the rest are responsible.
enum FirstListedLead {
  /// Words that name the first place in a list.
  static let firstWords = ["第一位", "第一个", "第一家", "第一名", "排名第一", "排第一", "列第一", "首位", "首个"]
  /// Words that say the sentence is about units.
  static let unitWords = ["单位", "部门"]
  /// A note is a short sentence; a longer one says something else.
  static let longestNote = 80

  /// True when a sentence of one of the paragraphs is such a note.
  static func isNoted(in paragraphs: [String]) -> Bool {
    paragraphs.contains { paragraph in
      SentenceSegmenter.sentences(of: paragraph).contains(where: isNote)
    }
  }

  /// A sentence naming the first place before `牵头` in one clause, about units: the unit word
  /// between them (`列第一位的单位牵头`) or right after `牵头` (`排在第一位的为牵头单位`) — not
  /// `把安全放在首位,由应急局牵头各部门…`.
  static func isNote(_ sentence: Substring) -> Bool {
    guard sentence.count <= longestNote, let lead = sentence.textRange(of: "牵头") else {
      return false
    }
    let before = sentence[..<lead.lowerBound]
    guard
      let first = firstWords.compactMap({ before.textRange(of: $0) }).min(by: {
        $0.lowerBound < $1.lowerBound
      })
    else { return false }
    let between = before[first.upperBound...]
    guard !between.contains(where: PlanTextCharacters.clauseEnds.contains) else { return false }
    return unitWords.contains(where: between.contains)
      || unitWords.contains(where: sentence[lead.upperBound...].hasPrefix)
  }

  /// The units with the first responsible unit leading, when none leads yet.
  static func led(_ units: UnitNotes) -> UnitNotes {
    guard units.lead.isEmpty, let first = units.responsible.first else { return units }
    return UnitNotes(lead: [first], responsible: Array(units.responsible.dropFirst()))
  }

  /// Where the paragraphs hold such a note: every measure and unmatched row led as `led` says.
  static func apply(
    to measures: inout [DraftMeasure], rows: inout [TaskTableRow], paragraphs: [String]
  ) {
    guard isNoted(in: paragraphs) else { return }
    for index in measures.indices { measures[index].units = led(measures[index].units) }
    for index in rows.indices { rows[index].units = led(rows[index].units) }
  }
}
