/// A block of labelled fields on one line, parted by `。` as well as `;`, that says who is in
/// charge of a chain or a task and which units carry it out — `链长:市委副书记。链主企业:甲公司、
/// 乙公司。牵头单位:市工信局;配合单位:市发改委、市商务局。` — standing before or after the
/// paragraph of the chain or task it is about: a note giving the heading's tasks its units, no
/// task of its own (the post and the leading enterprises are no units). Every field must open
/// with a label of a post or a leading enterprise (`FieldNoteLines.chargeLabels`) or of units
/// (`UnitNotes`), and one of them must name units; a label spaced out to line up counts
/// (`SpacedLabels`). A block followed by fields of the heading's own (`发展目标:…`, `重点环节:…`)
/// opens a chapter of fields, read whole by `FieldedChapters`, and is left to it.
enum LabelBlockLines {
  /// The longest such line.
  static let longestLine = 240

  /// The block's units, or nil for a line saying anything else.
  static func notes(_ paragraph: String) -> UnitNotes? {
    let text = SpacedLabels.closed(NoteLabelForms.normalized(paragraph))
    guard text.count <= longestLine else { return nil }
    let fields = text.split(whereSeparator: { "。;；\n".contains($0) })
      .map { PlanTextCharacters.trimmed($0) }.filter { !$0.isEmpty }
    guard fields.count >= 2 else { return nil }
    let unitLabels = UnitNotes.leadLabels + UnitNotes.responsibleLabels
    var notes = UnitNotes()
    for field in fields {
      let field = SpacedLabels.closed(field)
      guard let colon = field.firstIndex(where: { $0 == ":" || $0 == "\u{FF1A}" }),
        field.index(after: colon) != field.endIndex
      else { return nil }
      let label = String(field[..<colon])
      if unitLabels.contains(label) {
        notes.add(UnitNotes.labelledParts(field[...]))
      } else if !FieldNoteLines.chargeLabels.contains(label) {
        return nil
      }
    }
    return notes.isEmpty ? nil : notes
  }
}
