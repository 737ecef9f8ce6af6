import PlanModel

/// A table of tiers under year columns that a document holds as a table rather than as lines
/// (a web page's `<table>`, a Word table): `梯队 | 培育标准 | 2025年 | 2028年`, its unit in the
/// title above (`(单位:家)`) — read as `YearColumnRows` reads its lines: each row a tier's
/// figures by year, the rows a ladder, the standards column no goals.
enum TierTableLadders {
  struct Ladder {
    var steps: [String]
    var goals: [GoalCandidate]
    var rows: [String]
  }

  /// The ladder the table sets out, the unit from the paragraphs before it; nil for any other.
  static func ladder(in table: DocumentTable, before: [String], reference: Int) -> Ladder? {
    guard let header = table.rows.first,
      let years = YearColumnRows.yearColumns(header.joined(separator: "\t")),
      let unit = YearColumnRows.unit(in: before[...])
    else { return nil }
    let base = TierTableHeaders.baseYear(header.joined(separator: "\t"))
    var ladder = Ladder(steps: [], goals: [], rows: [])
    for row in table.rows.dropFirst() {
      let printed = row.joined(separator: "\t")
      guard
        let line = YearColumnRows.line(
          printed, width: header.count, years: years, unit: unit, baseYear: base),
        let read = LadderRows.row(line, reference: reference)
      else { return nil }
      ladder.steps.append(read.name)
      ladder.rows.append(printed)
      ladder.goals += read.goals.map { candidate in
        var candidate = candidate
        candidate.sourceText = printed
        return candidate
      }
    }
    guard LadderRows.steps(ladder.steps, chains: [], graded: true) != nil else { return nil }
    return ladder
  }
}

extension DraftItems {
  /// Each table of tiers (`TierTableLadders`) with the paragraph it follows.
  var tierTables: [(ladder: TierTableLadders.Ladder, paragraph: Int)] {
    tables.indices.compactMap { index in
      let paragraph = tablePlace(index) ?? 0
      let before = paragraphs.isEmpty ? [] : Array(paragraphs[max(0, paragraph - 2)...paragraph])
      return TierTableLadders.ladder(in: tables[index], before: before, reference: horizon.start)
        .map { ($0, paragraph) }
    }
  }

  /// The text's ladders and the tables' of tiers — not a table's whose every tier a ladder of
  /// the text already holds (`构建“创新型中小企业→…→制造业单项冠军企业”梯度培育体系`, then a table
  /// counting three of its steps by year): the table counts that ladder's steps, as its lines
  /// would (`LadderRows.steps`).
  var chains: [TextReading.Chain] {
    let text = ShortenedChains.without(
      UpgradeRestatedChains.without(
        reading.chains, counts: reading.goals.map(\.candidate).filter(\.isCount)))
    return text
      + tierTables.filter { table in
        LadderRows.steps(table.ladder.steps, chains: text.map(\.steps), graded: true) != nil
      }.map { table in
        TextReading.Chain(
          steps: table.ladder.steps,
          sentence: paragraphs.isEmpty ? "" : paragraphs[table.paragraph],
          paragraph: table.paragraph, key: headingKey(table.paragraph),
          stepSentences: table.ladder.rows)
      }
  }
}
