/// A 专栏 box (`专栏2 园区“腾笼换鸟”工程`, then its lines `1.清理闲置土地:…`): a panel printed
/// inside a section, listing projects, parks or figures. Its title line and its lines are no
/// headings of the outline and no tasks of their own — they belong to the section they stand
/// in (their figures are still read). The box runs to the next heading of a style the outline
/// already has, or to a paragraph too long to be a box line.
enum ColumnBoxes {
  /// The longest paragraph read as a line of a box.
  static let longestLine = 80

  /// `专栏1 …`, `专栏二:…`, `专栏 3`: a box's title line.
  static func isTitle(_ paragraph: String) -> Bool {
    let text = PlanTextCharacters.trimmed(paragraph)
    guard text.hasPrefix("专栏") else { return false }
    let rest = text.dropFirst(2).drop { $0 == " " || $0 == "\u{3000}" }
    guard let first = rest.first else { return false }
    return PlanTextCharacters.isDigit(first) || ChineseNumber.isNumeral(first)
  }

  /// True when a paragraph after a box's title still belongs to the box: a short line, or a
  /// list of such lines run together (`A项目,总投资12亿元,建设期2026—2027年;B项目,…;C项目,…。`).
  static func continues(_ paragraph: String) -> Bool {
    let text = PlanTextCharacters.trimmed(paragraph)
    return text.count <= longestLine || BoxItemLists.isList(text)
  }
}
