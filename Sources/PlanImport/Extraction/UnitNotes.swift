/// The units a measure names, from its inline note in any of the ways plans punctuate it:
/// `(牵头单位:县经信局;责任单位:县科技局、县商务局等)`, half-width `(牵头单位:…;…)`,
/// `(责任单位:…)`, `配合单位`, `牵头部门`, `责任部门`, `责任领导`; a closing 等 is dropped
/// from the last name (it says the list goes on, it is no part of a name).
struct UnitNotes: Hashable {
  var lead: [String] = []
  var responsible: [String] = []

  var isEmpty: Bool { lead.isEmpty && responsible.isEmpty }

  static let leadLabels = ["牵头单位", "牵头部门", "主责单位", "主办单位"]
  static let responsibleLabels = ["责任单位", "责任部门", "配合单位", "配合部门", "协办单位", "参与单位"]

  /// The notes in every bracketed group of the paragraph that holds a label and a colon.
  static func read(_ paragraph: String) -> UnitNotes {
    var notes = UnitNotes()
    for group in bracketGroups(paragraph) {
      for part in group.split(whereSeparator: { ";;。".contains($0) }) {
        guard let colon = part.firstIndex(where: { $0 == ":" || $0 == ":" }) else { continue }
        let label = PlanTextCharacters.trimmed(part[..<colon])
        let names = splitUnits(part[part.index(after: colon)...])
        if leadLabels.contains(where: label.hasSuffix) {
          notes.lead += names
        } else if responsibleLabels.contains(where: label.hasSuffix) {
          notes.responsible += names
        }
      }
    }
    return notes
  }

  /// Bracketed groups that name units: `牵头单位:` or `责任单位:` inside.
  private static func bracketGroups(_ paragraph: String) -> [Substring] {
    var groups: [Substring] = []
    var open: String.Index?
    var index = paragraph.startIndex
    while index < paragraph.endIndex {
      let c = paragraph[index]
      if PlanTextCharacters.openingBrackets.contains(c) {
        open = paragraph.index(after: index)
      } else if PlanTextCharacters.closingBrackets.contains(c), let start = open {
        let inside = paragraph[start..<index]
        if (leadLabels + responsibleLabels).contains(where: inside.contains),
          inside.contains(":") || inside.contains(":")
        {
          groups.append(inside)
        }
        open = nil
      }
      index = paragraph.index(after: index)
    }
    return groups
  }

  static func splitUnits(_ text: Substring) -> [String] {
    var names = text.split(whereSeparator: { "、,,;;\n".contains($0) }).map(
      PlanTextCharacters.trimmed)
    if var last = names.last, last.hasSuffix("等"), last.count > 1 {
      last.removeLast()
      names[names.count - 1] = last
    }
    return names.filter { !$0.isEmpty }
  }
}
