import PlanModel

/// A table giving each industry or chain its goal (`IndustryGoalTableHeader`: `产业链 | 链长 |
/// 链主企业 | 2028年目标 | 牵头部门`, a 链长制 annex printed as layout text): each row names a
/// cluster — its first cell, without `产业链`/`产业` — whose scale is the output figure in 亿元 of
/// its goal cell (`产值突破560亿元，光伏组件产能达到25GW` → 560, with `突破`), dated by the goal
/// column's year (else none), and whose lead units are the row's `牵头` cell (`经济发展局、生命健康
/// 产业园`, parted at `、`). Gates: the header's first label names industries and another goals;
/// the name is an industry's (`ClusterLists.cleanName`); the figure follows an output word
/// (`产值`, `营业收入`, `规模`) in the cell, not a count, a capacity or an investment.
enum ChainGoalTable {
  static let outputWords = ["主营业务收入", "营业收入", "总产值", "产值", "规模"]
  static let nameEnds = ["产业集群", "产业链", "产业", "集群", "链"]

  /// The clusters of every such table, each at the paragraph its table follows (`places`).
  static func clusters(in tables: [(DocumentTable, Int)]) -> [DraftCluster] {
    tables.flatMap { table, paragraph in clusters(in: table, paragraph: paragraph) }
  }

  /// A table of chains and their goals: its header, the goal column and that column's year;
  /// nil for any other table.
  static func goalColumn(of table: DocumentTable) -> (header: [String], column: Int, year: Int?)? {
    guard let header = table.rows.first?.map(PlanTextCharacters.trimmed),
      IndustryGoalTableHeader.isHeader(header),
      let column = IndustryGoalTableHeader.goalColumn(header)
    else { return nil }
    return (header, column, YearColumn.reading(header[column])?.year)
  }

  static func clusters(in table: DocumentTable, paragraph: Int) -> [DraftCluster] {
    guard let (header, goalColumn, year) = goalColumn(of: table) else { return [] }
    let leadColumn = header.indices.first { index in
      UnitNotes.leadLabels.contains(where: header[index].contains)
    }
    return table.rows.dropFirst().compactMap { row -> DraftCluster? in
      guard goalColumn < row.count, let name = name(row[0]),
        let (scale, clause) = scale(in: row[goalColumn], year: year)
      else { return nil }
      var cluster = DraftCluster(
        name: name, scale: scale, sourceText: String(clause), paragraph: paragraph,
        review: [.clusterScaleFromOutput])
      if let leadColumn, leadColumn < row.count {
        cluster.units.lead = row[leadColumn].split(separator: "、").map {
          PlanTextCharacters.trimmed($0)
        }.filter { !$0.isEmpty }
      }
      return cluster
    }
  }

  /// The other goals of the goal cells (`光伏组件产能达到25GW`, `培育专精特新企业15家`), each of the
  /// column's year: every clause but the one giving the row's scale, of a row naming an industry.
  static func goals(in table: DocumentTable) -> [GoalCandidate] {
    guard let (_, goalColumn, year) = goalColumn(of: table) else { return [] }
    var context = SentenceContext(year: year)
    context.inGoals = true
    return table.rows.dropFirst().flatMap { row -> [GoalCandidate] in
      guard goalColumn < row.count, name(row[0]) != nil else { return [] }
      let cell = Substring(row[goalColumn].filter { !$0.isWhitespace })
      let scaleClause = scale(in: row[goalColumn], year: year)?.1
      return SentenceSegmenter.clauses(of: cell).filter { $0 != scaleClause }.flatMap {
        TargetPatterns.goals(in: $0, context: context)
      }
    }
  }

  /// The row's industry: its first cell without the noun of chains (`光伏新能源产业链` →
  /// `光伏新能源`); nil for no industry's name (a total, `合计`).
  static func name(_ cell: String) -> String? {
    var text = PlanTextCharacters.trimmed(cell).filter { !$0.isWhitespace }
    if let end = nameEnds.first(where: { text.hasSuffix($0) && text.count > $0.count + 1 }) {
      text.removeLast(end.count)
    }
    guard text.count >= 2, text.count <= ClusterAssembly.longestName,
      text.allSatisfy(PlanTextCharacters.isHan), !["合计", "总计", "小计"].contains(text)
    else { return nil }
    return ClusterLists.cleanName(text)
  }

  /// The output figure in 亿元 of a goal cell and the clause it stands in (`产值突破560亿元`).
  static func scale(in cell: String, year: Int?) -> (Figure, Substring)? {
    let text = Substring(cell.filter { !$0.isWhitespace })
    for clause in SentenceSegmenter.clauses(of: text) {
      let amounts = NumberUnitParser.figures(in: clause).filter { $0.unit == "亿元" }
      // `产值由300亿元提升至500亿元`: the goal is the figure the change reaches.
      let changes = amounts.count > 1 && ["由", "从"].contains(where: clause.contains)
      guard let figure = changes ? amounts.last : amounts.first,
        let output = outputWords.compactMap({ word in
          clause.textRange(of: word).flatMap { found in
            // `规模以上`, a class of enterprises, is no output's `规模`.
            clause[found.upperBound...].hasPrefix("以上") ? nil : found
          }
        }).first,
        output.upperBound <= figure.range.lowerBound,
        // `投资规模50亿元`, `完成投资30亿元`: an investment is no chain's output.
        !clause[..<figure.range.lowerBound].contains("投资")
      else { continue }
      let qualifiers = QualifierWords.qualifiers(
        before: clause[..<figure.range.lowerBound], after: clause[figure.range.upperBound...],
        sentenceBefore: clause[..<figure.range.lowerBound])
      return (
        Figure(value: figure.value, year: year, qualifiers: qualifiers.filter { $0 != "达到" }),
        clause
      )
    }
    return nil
  }
}
