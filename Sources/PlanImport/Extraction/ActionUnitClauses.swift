/// Units the text names for a task outside its paragraph, in a clause opened by the task's
/// name without quotes — an answer at a press conference (`按照《行动计划》分工,项目攻坚行动由区发改委
/// 牵头,区工信局、区自然资源局配合推进`), a closing chapter sharing out the work (`绿色制造工程由市
/// 工信局负责`): the measure whose title ends with the name (`实施项目攻坚行动`) takes them, when
/// its own paragraph names none. The name ends as a programme's does (`行动`, `工程`, `计划` …:
/// `ProgrammeSentences`); the clause after `由` says only who leads and who works with them, as a
/// unit sentence does (`两大新兴产业的培育工作由…` names no task; `由A负责资金保障` no units).
enum ActionUnitClauses {
  /// How a partner's part may close besides `UnitSentences.partnerVerbs`, read as `配合`.
  static let partnerPhrases = ["配合推进", "协同推进", "共同推进", "参与推进"]

  /// A task's name and the units a clause of the paragraph gives it.
  struct NamedUnits {
    var name: String
    var units: UnitNotes
  }

  /// The measures without units given those a clause outside the tasks names for them;
  /// `taskParagraphs`: the paragraphs that are measures, whose units are their own.
  static func give(
    to measures: inout [DraftMeasure], paragraphs: [String], taskParagraphs: Set<Int>
  ) {
    let named = paragraphs.indices.filter { !taskParagraphs.contains($0) }.flatMap {
      clauses(in: paragraphs[$0])
    }
    for index in measures.indices where measures[index].units.isEmpty {
      let title = PlanTextCharacters.unquoted(measures[index].title)
      if let clause = named.first(where: { title.hasSuffix($0.name) }) {
        measures[index].units = clause.units
      }
    }
  }

  /// Each clause `X由A牵头,B配合` of the paragraph whose `X` is a task's name.
  static func clauses(in paragraph: String) -> [NamedUnits] {
    var found: [NamedUnits] = []
    var searchFrom = paragraph.startIndex
    while let by = paragraph[searchFrom...].textRange(of: "由") {
      searchFrom = by.upperBound
      let before = paragraph[..<by.lowerBound]
      let start =
        before.lastIndex(where: {
          PlanTextCharacters.sentenceEnds.contains($0) || ",:".contains($0)
        })
        .map(before.index(after:)) ?? before.startIndex
      let name = PlanTextCharacters.unquoted(PlanTextCharacters.trimmed(before[start...]))
      guard (4...30).contains(name.count),
        ProgrammeSentences.nameEnds.contains(where: name.hasSuffix)
      else { continue }
      var body = String(paragraph[by.upperBound...].prefix { !";。\n".contains($0) })
      if let phrase = partnerPhrases.first(where: body.hasSuffix) {
        body = String(body.dropLast(phrase.count)) + "配合"
      }
      var units = UnitNotes()
      units.add(UnitSentences.parts(ofBody: body[...]))
      guard !units.isEmpty else { continue }
      found.append(NamedUnits(name: name, units: units))
    }
    return found
  }
}
