/// A task's unit note standing on a line of its own inside brackets, after the task's
/// paragraph: `(责任单位:A、B、C)`, `【牵头单位:A;配合单位:B】`, `(责任单位:A、B。)` — the note,
/// read as the same note without brackets is (`UnitNotes.line`), not a task of its own.
enum BracketedNoteLines {
  /// The text inside the one bracket pair that encloses the whole line (a closing `。` after
  /// it or inside it dropped); nil when the line is not one bracketed group.
  static func inside(_ line: Substring) -> Substring? {
    var text = line
    if text.last == "。" { text = text.dropLast() }
    guard let first = text.first, UnitNotes.noteOpening.contains(first),
      let last = text.last, UnitNotes.noteClosing.contains(last), text.count > 2
    else { return nil }
    // The opening bracket must close only at the line's end (`(A)…(B)` is two groups).
    var depth = 0
    for index in text.indices {
      if UnitNotes.noteOpening.contains(text[index]) { depth += 1 }
      if UnitNotes.noteClosing.contains(text[index]) {
        depth -= 1
        if depth == 0, text.index(after: index) != text.endIndex { return nil }
      }
    }
    var body = text.dropFirst().dropLast()
    if body.last == "。" { body = body.dropLast() }
    return body
  }
}
