/// A table of output figures by cluster where a row opened by `其中` lists a part of the row
/// above it (`光电子信息 420 500 600 720`, then `其中:光通信器件 180 215 260 310`, `激光 95 115 140
/// 170`, then `生物医药 …`): the `其中` row and the rows after it, until a row naming a cluster or a
/// total (`合计`), are parts of the cluster the row above names.
enum TableClusterParts {
  /// Words that open a total's row, no part's: a sum, or the whole region (`全市`).
  static let totalWords = ["合计", "总计", "小计", "总量"] + StartingIndustry.regionPrefixes

  /// Each part's name with the index of its parent among `names` (the clusters' match names).
  static func parts(of table: DocumentTable, names: [String]) -> [(parent: Int, part: String)] {
    var found: [(Int, String)] = []
    var parent: Int?
    var parentRow: [String] = []
    var inParts = false
    for row in table.rows {
      guard let first = row.first.map({ PlanTextCharacters.trimmed($0) }), !first.isEmpty else {
        continue
      }
      let cell = Substring(first)
      let opens = cell.hasPrefix("其中")
      let named = names.firstIndex { name in
        !name.isEmpty && ClusterScaleResolution.named(in: String(cell), names: [name]) != nil
      }
      if totalWords.contains(where: cell.hasPrefix) {
        (parent, inParts) = (nil, false)
      } else if opens, let held = parent {
        inParts = true
        let name = cell.dropFirst(2).drop { ":：".contains($0) }
        if let part = ClusterScaleParts.partName(String(name)) { found.append((held, part)) }
      } else if let named {
        (parent, inParts, parentRow) = (named, false, row)
      } else if inParts, let held = parent, fitsUnder(row, parentRow),
        let part = ClusterScaleParts.partName(first)
      {
        found.append((held, part))
      } else {
        (parent, inParts) = (nil, false)
      }
    }
    return found
  }

  /// Whether a row's figures are each below the parent row's in the same column: a part's
  /// (`激光 95 115 140 170` under `光电子信息 420 500 600 720`), not another industry's row that
  /// names no drafted cluster (`文化旅游 100 …` after the parts).
  static func fitsUnder(_ row: [String], _ parentRow: [String]) -> Bool {
    let pairs = zip(row.dropFirst(), parentRow.dropFirst()).compactMap { cell, above in
      Double(PlanTextCharacters.trimmed(cell)).flatMap { value in
        Double(PlanTextCharacters.trimmed(above)).map { (value, $0) }
      }
    }
    return !pairs.isEmpty && pairs.allSatisfy { $0.0 < $0.1 }
  }
}
