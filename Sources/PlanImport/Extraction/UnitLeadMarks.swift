/// A lead unit marked after its name inside a list of units, rather than under a label of its
/// own: `责任单位:区经信局(牵头),区科技局、区市场监管局` — the mark in brackets of either width
/// (`(牵头)`, `(牵头单位)`, `【牵头】`) or `牵头` written straight after the name
/// (`A牵头,B、C配合`). The marked unit leads, without its mark; in a list with a marked lead, a
/// `配合` mark after a name (`C配合`, `C(配合)`) is dropped too: C is a responsible unit.
enum UnitLeadMarks {
  /// The words a lead's mark says, longest first.
  static let leadWords = ["牵头单位", "牵头部门", "牵头"]
  /// The words a partner's mark says, longest first.
  static let partnerWords = ["配合单位", "配合部门", "配合"]

  /// The names moved: every marked lead of `responsible` joins `lead`; the others stay,
  /// without a partner's mark when a lead was marked.
  static func leadsMoved(lead: [String], responsible: [String]) -> (
    lead: [String], responsible: [String]
  ) {
    let marked = responsible.map { name in (name, unmarked(name, words: leadWords)) }
    guard marked.contains(where: { $0.1 != nil }) else { return (lead, responsible) }
    var leads = lead
    var others: [String] = []
    for (name, leadName) in marked {
      if let leadName {
        leads.append(leadName)
      } else {
        others.append(unmarked(name, words: partnerWords) ?? name)
      }
    }
    return (leads, others)
  }

  /// The name without a closing mark of `words` (`A(牵头)`, `A【牵头】`, `A牵头`), when what is
  /// left is a unit's name; nil for a name without such a mark.
  static func unmarked(_ name: String, words: [String]) -> String? {
    var text = PlanTextCharacters.trimmed(name)[...]
    if let last = text.last, UnitNotes.unitClosings.contains(last) {
      let inner = text.dropLast()
      guard let word = words.first(where: inner.hasSuffix) else { return nil }
      let opening = inner.dropLast(word.count)
      guard let open = opening.last, UnitNotes.unitOpenings.contains(open) else { return nil }
      text = opening.dropLast()
    } else if let word = words.first(where: text.hasSuffix) {
      text = text.dropLast(word.count)
      // `A牵头`: only after a unit's own name (`龙头企业牵头` is no unit's mark).
      guard UnitSentences.officeEnds.contains(where: text.hasSuffix) else { return nil }
    } else {
      return nil
    }
    let unit = PlanTextCharacters.trimmed(text)
    return unit.count >= 2 ? unit : nil
  }
}
