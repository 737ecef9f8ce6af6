/// A goal of the plan that a report on it quotes (`《纲要》提出的“到2025年打造A、B两个500亿级产业
/// 集群”目标有望如期实现`): in a part reviewing what was done, the quoted words opening with a
/// due year not before the document's own year are the plan's goal — read as a goal sentence
/// of its own, while the sentence around them reports where things stand.
enum QuotedGoals {
  static let opening: Character = "“"
  static let closing: Character = "”"

  /// The quoted goals of the sentence, in order.
  static func goals(in sentence: Substring, from reference: Int?) -> [Substring] {
    guard let reference else { return [] }
    var found: [Substring] = []
    var rest = sentence[...]
    while let open = rest.firstIndex(of: opening),
      let close = rest[open...].firstIndex(of: closing)
    {
      let quoted = rest[rest.index(after: open)..<close]
      rest = rest[rest.index(after: close)...]
      guard let year = NumberUnitParser.years(in: quoted).first, year.role == .due,
        year.year >= reference, ClauseYears.openingYear(quoted, first: false) == year.year,
        quoted.contains(where: PlanTextCharacters.isDigit)
      else { continue }
      found.append(quoted)
    }
    return found
  }
}
