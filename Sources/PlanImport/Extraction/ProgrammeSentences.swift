/// A programme the text names in quotes together with who carries it out —
/// `“X工程”由A牵头,B、C配合`, `“Y行动”由A牵头,B负责`, `“Z计划”由A负责` — in a paragraph that is
/// no task of the outline (a news page retelling a plan lists its 重点工程 so): a measure of
/// its own, titled with the programme's name, its units read as a unit sentence reads them.
enum ProgrammeSentences {
  struct Programme {
    var title: String
    var text: String
    var units: UnitNotes
  }

  /// The words a programme's name ends with.
  static let nameEnds = ["工程", "行动", "计划", "专项", "项目", "活动", "攻坚战"]

  static func programmes(in paragraph: String) -> [Programme] {
    var found: [Programme] = []
    var searchFrom = paragraph.startIndex
    while let by = paragraph[searchFrom...].textRange(of: "”由") {
      searchFrom = by.upperBound
      guard let open = paragraph[..<by.lowerBound].lastIndex(of: "“") else { continue }
      let name = paragraph[paragraph.index(after: open)..<by.lowerBound]
      guard (4...30).contains(name.count), nameEnds.contains(where: name.hasSuffix) else {
        continue
      }
      let rest = paragraph[by.upperBound...]
      let body = rest.prefix { !";。\n".contains($0) }
      var units = UnitNotes()
      units.add(UnitSentences.parts(ofBody: body))
      guard !units.isEmpty else { continue }
      found.append(
        Programme(
          title: String(name), text: String(paragraph[open..<body.endIndex]), units: units))
    }
    return found
  }
}
