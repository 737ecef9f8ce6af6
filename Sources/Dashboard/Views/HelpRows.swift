/// The `?` help laid out for a width: one row per binding, key then description in two
/// columns; a key too long for its column (a command with its arguments) takes a row of its
/// own with the description on the next, so the columns stay straight. The reducer scrolls
/// over these rows and `HelpView` draws them.
struct HelpRows {
  struct Row: Equatable {
    var key: String
    var description: String
    var isHeading: Bool
  }

  let keyWidth: Int
  let rows: [Row]

  /// `innerWidth` is the width inside the help box.
  init(_ language: Language, innerWidth: Int) {
    let keyWidth = min(16, max(8, innerWidth / 4))
    var rows: [Row] = []
    for line in KeyTable.helpLines(language) {
      if !line.isHeading && DisplayWidth.of(line.key) > keyWidth {
        rows.append(Row(key: line.key, description: "", isHeading: false))
        rows.append(Row(key: "", description: line.description, isHeading: false))
      } else {
        rows.append(Row(key: line.key, description: line.description, isHeading: line.isHeading))
      }
    }
    self.keyWidth = keyWidth
    self.rows = rows
  }
}
