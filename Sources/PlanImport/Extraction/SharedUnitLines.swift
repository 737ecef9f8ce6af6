/// A unit note on a line of its own for the items before it (`以上三个产业责任单位:A、B、C,列第一
/// 位的为牵头单位,下同。`, `上述任务牵头单位:A;责任单位:B、C`, `以上各项责任单位:…`): the note of
/// the items it counts back (`三个` → the last three), or, with no count, of every item under the
/// same heading before it — when they name no units of their own. The line is no task.
enum SharedUnitLines {
  /// How such a line opens: it refers back.
  static let openings = ["以上", "上述", "前述"]

  struct Line {
    /// How many items back it covers; nil for all the siblings before it.
    var count: Int?
    var notes: UnitNotes
  }

  /// The line's count and notes, or nil for a paragraph of another kind.
  static func read(_ paragraph: String) -> Line? {
    let text = PlanTextCharacters.trimmed(paragraph)
    guard let opening = openings.first(where: text.hasPrefix),
      let colon = text.firstIndex(where: { $0 == ":" || $0 == "\u{FF1A}" })
    else { return nil }
    let head = text[text.index(text.startIndex, offsetBy: opening.count)..<colon]
    guard head.count <= 16,
      let label = (UnitNotes.leadLabels + UnitNotes.responsibleLabels).first(
        where: head.hasSuffix)
    else { return nil }
    // Each label's names up to the first that is no unit's (`列第一位的为牵头单位`, `下同`).
    let labelStart = text.index(colon, offsetBy: -label.count)
    var notes = UnitNotes()
    for part in UnitNotes.labelledParts(text[labelStart...]) {
      let names = UnitNotes.splitUnits(part.names).prefix {
        UnitClauses.isUnit($0) || $0.hasPrefix("各")
      }
      notes.add([(part.label, names.joined(separator: "、")[...])])
    }
    guard !notes.isEmpty else { return nil }
    let counted = head.dropLast(label.count).prefix {
      ChineseNumber.isNumeral($0) || PlanTextCharacters.isDigit($0)
    }
    let count = Int(counted) ?? (counted.isEmpty ? nil : ChineseNumber.value(counted))
    return Line(count: count, notes: notes)
  }

  /// Gives the line's notes to the measures found before it, as said above.
  static func give(_ line: Line, to measures: inout [DraftMeasure], outline: OutlineRecogniser) {
    guard let last = measures.last?.headingKey else { return }
    var keys: [String] = []
    for measure in measures.reversed() {
      guard let key = measure.headingKey, !keys.contains(key) else { continue }
      if let count = line.count, keys.count >= count { break }
      if line.count == nil, outline.heading(key)?.parent != outline.heading(last)?.parent { break }
      keys.append(key)
    }
    for index in measures.indices where measures[index].units.isEmpty {
      if let key = measures[index].headingKey, keys.contains(key) {
        measures[index].units = line.notes
      }
    }
  }
}
