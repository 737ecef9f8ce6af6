/// A 专栏's lines printed as one paragraph: its items (projects, parks, firms) run together,
/// parted by `;` — `A项目,总投资12亿元,建设期2026—2027年;B项目,总投资25亿元,…;C项目,…。` —
/// every item as short as a box line, no sentence ending inside, and each item naming what it
/// lists first (a name without a verb of action opening it is not asked: the shape is enough).
enum BoxItemLists {
  /// The fewest items a list has.
  static let fewestItems = 3

  /// True when the paragraph is a box's items run together, parted by `;`.
  static func isList(_ text: String) -> Bool {
    var body = Substring(text)
    if body.last == "。" { body = body.dropLast() }
    guard !body.contains("。") else { return false }
    let items = body.split(whereSeparator: { $0 == ";" || $0 == "\u{FF1B}" })
    return items.count >= fewestItems
      && items.allSatisfy { $0.count <= ColumnBoxes.longestLine }
      // Items alike: each carries a figure (a size, a period), as a box's lines do.
      && items.allSatisfy { $0.contains(where: PlanTextCharacters.isDigit) }
  }
}
