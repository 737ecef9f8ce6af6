/// The `?` help laid out for a width: one row per binding (then the status symbols' legend), key then description in two
/// columns; a key too long for its column (a command with its arguments) takes a row of its
/// own with the description on the next, so the columns stay straight. The reducer scrolls
/// over these rows (from `PageMemo`) and `HelpView` draws them. A `/` filter keeps the lines it matches (by
/// key or description) under their headings, or a whole group whose heading it matches.
struct HelpPage {
  struct Row: Equatable {
    var key: String
    var description: String
    var isHeading: Bool
  }

  let keyWidth: Int
  let rows: [Row]

  /// `innerWidth` is the width inside the help box.
  init(_ language: Language, innerWidth: Int, filter: String = "") {
    let keyWidth = min(16, max(8, innerWidth / 4))
    let lines = Self.filtered(
      KeyTable.helpLines(language) + AssessmentLegend.helpLines(language), by: filter)
    var rows: [Row] = []
    for line in lines {
      if !line.isHeading && DisplayWidth.of(line.key) > keyWidth {
        rows.append(Row(key: line.key, description: "", isHeading: false))
        rows.append(Row(key: "", description: line.description, isHeading: false))
      } else {
        rows.append(Row(key: line.key, description: line.description, isHeading: line.isHeading))
      }
    }
    if lines.isEmpty {
      rows.append(Row(key: UIText.noMatchingRows(language), description: "", isHeading: false))
    }
    self.keyWidth = keyWidth
    self.rows = rows
  }

  private static func filtered(
    _ lines: [(key: String, description: String, isHeading: Bool)], by filter: String
  ) -> [(key: String, description: String, isHeading: Bool)] {
    var entries: [PageFilter.Entry] = []
    var heading: Int?
    for line in lines {
      if line.isHeading {
        heading = entries.count
        entries.append(PageFilter.Entry(fields: [line.key], parent: nil))
      } else {
        entries.append(PageFilter.Entry(fields: [line.key, line.description], parent: heading))
      }
    }
    let kept = PageFilter.kept(entries, query: filter)
    return lines.indices.filter(kept.contains).map { lines[$0] }
  }
}
