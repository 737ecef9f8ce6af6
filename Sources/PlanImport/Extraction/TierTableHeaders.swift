/// The header of a table of tiers (`YearColumnRows`, `TierTableLadders`) as offices print it:
/// the name column's label said alone (`梯队`, `层级`) or with a word before or after it
/// (`梯度层级`, `培育梯队`, `梯队名称`), and year columns of which one may be the base year's
/// (`2026年（基数）`, `2025年(基期)`, `2025年基数`, `2025年现状值`): that column's figures are
/// the tiers' starting counts, whatever year the plan starts in. A label naming no tier
/// (`类别`, `指标名称`) or a year column that says anything else (`2025年标准`) makes no such
/// header.
enum TierTableHeaders {
  /// What a label of the name column holds (`梯度层级` holds `梯度`).
  static let tierWords = ["梯队", "梯次", "层级", "梯度", "企业类型"]
  /// The longest such label (`培育梯队名称`).
  static let longestLabel = 6
  /// Words a base year's column or cell carries after its year.
  static let baseWords = ["基数", "基期", "基准", "现状", "基础"]

  /// Whether a header's first cell labels a table of tiers' name column.
  static func isNameLabel(_ cell: String) -> Bool {
    let label = PlanTextCharacters.trimmed(cell)
    guard label.count <= longestLabel, !label.contains(where: PlanTextCharacters.isDigit) else {
      return false
    }
    return YearColumnRows.tierHeaders.contains(label) || tierWords.contains(where: label.contains)
  }

  /// The year a column heads (`2028年` → 2028, base false; `2026年（基数）` → 2026, base true);
  /// nil for any other cell.
  static func column(_ cell: String) -> (year: Int, isBase: Bool)? {
    let text = PlanTextCharacters.trimmed(cell)
    guard text.count >= 5, let year = Int(text.prefix(4)), (1900...2100).contains(year),
      text.dropFirst(4).first == "年"
    else { return nil }
    let rest = text.dropFirst(5)
    if rest.isEmpty { return (year, false) }
    return isBaseMark(rest) ? (year, true) : nil
  }

  /// `（基数）`, `(基期)`, `基数`, `现状值`: the words after a year that say it is the base year.
  static func isBaseMark(_ text: Substring) -> Bool {
    var words = text.filter { !"()（）[]【】 ".contains($0) }
    if words.hasSuffix("值") || words.hasSuffix("年") { words.removeLast() }
    return baseWords.contains(words)
  }

  /// The base year of a header line, when one of its year columns is marked so.
  static func baseYear(_ line: String) -> Int? {
    LadderRows.cells(of: line).compactMap(column).first(where: \.isBase)?.year
  }
}
