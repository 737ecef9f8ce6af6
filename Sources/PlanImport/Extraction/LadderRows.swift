import Foundation
import PlanModel

/// A line of figures by year, set out like a table's row without a table: a name, then cells
/// each opening with a year (`创新型中小企业 | 2025年 560家 | 2026年 700家 | 2028年 1000家以上`),
/// parted by `|` or by layout columns (two spaces or more). The cells of years before the
/// plan's start give the starting figure, the latest one the baseline; the cells from the
/// start on are goals of the name, the last its level (with that baseline) and the earlier
/// ones steps on the way (`midSeries`); a cell without a figure (`2026年 —`) states none.
/// Three lines or more in a row, each naming an enterprise tier, are a ladder, its steps
/// in the lines' order — unless a ladder the text has already named holds every one of them.
enum LadderRows {
  struct Row {
    var name: String
    var goals: [GoalCandidate]
  }

  /// The fewest lines that make a ladder.
  static let fewestSteps = 3
  static let longestName = 20

  /// The row a line sets out, when it is one and states a goal from `reference` on.
  static func row(_ line: String, reference: Int?) -> Row? {
    guard let reference else { return nil }
    let cells = self.cells(of: line)
    guard cells.count >= 3, let name = cells.first,
      (2...longestName).contains(name.count),
      !name.contains(where: PlanTextCharacters.isDigit)
    else { return nil }
    var dated: [YearCell] = []
    for cell in cells.dropFirst() {
      guard let entry = yearCell(cell) else { return nil }
      dated.append(entry)
    }
    // A cell marked as the base year's (`2026年基数 512家`) is a starting figure whatever its year.
    let isStart = { (entry: YearCell) in entry.isBase || entry.year < reference }
    let stated = dated.compactMap { entry in
      entry.figure.flatMap { $0.unit == nil ? nil : (entry.year, $0, entry.qualifiers) }
    }
    let starts = dated.filter(isStart).map(\.year)
    let start = stated.filter { starts.contains($0.0) }.max { $0.0 < $1.0 }
    let due = stated.filter { !starts.contains($0.0) }.sorted { $0.0 < $1.0 }
    guard let last = due.last, stated.count >= 2 else { return nil }
    let goals = due.map { year, figure, qualifiers in
      let unit = figure.unit ?? ""
      let kind = GoalKindRules.kind(unit: unit, clause: name[...])
      var candidate = GoalCandidate(
        metric: name,
        goal: Goal(
          kind: kind, direction: GoalKindRules.direction(kind: kind, clause: name[...]),
          unit: unit,
          baseline: year == last.0 && start?.1.unit == unit
            ? start.map { $0.1.figure(year: $0.0) } : nil,
          target: figure.figure(year: year), qualifiers: qualifiers),
        sourceText: line)
      candidate.midSeries = year < last.0
      return candidate
    }
    return Row(name: name, goals: goals)
  }

  /// The steps of a run of rows, each naming an enterprise tier, that no chain already holds.
  /// `graded`: rows of a table of tiers (`YearColumnRows`), each an enterprise's name a tier.
  static func steps(_ names: [String], chains: [[String]], graded: Bool = false) -> [String]? {
    let tiers = names.allSatisfy { name in
      // `专精特新中小企业(省级)`: a closing note in brackets says the tier's level, not its end.
      graded
        ? LadderLists.enterpriseEnds.contains(
          where: QualifiedStepNames.withoutNotes(name).hasSuffix)
        : LadderLists.isTier(name)
    }
    guard names.count >= fewestSteps, tiers else { return nil }
    let named = chains.flatMap { $0 }
    let held = names.allSatisfy { LadderLists.step(for: $0, among: named) != nil }
    return held ? nil : names
  }

  /// The line's cells: parted by `|`, else by runs of two spaces or more.
  static func cells(of line: String) -> [String] {
    let text = PlanTextCharacters.trimmed(line)
    let parts: [Substring]
    if text.contains("|") {
      parts = text.split(separator: "|", omittingEmptySubsequences: false)
    } else {
      parts = text.split(omittingEmptySubsequences: true) { $0 == "\t" }
        .flatMap { $0.components(separatedBy: "  ").map { $0[...] } }
    }
    return parts.map { PlanTextCharacters.trimmed(String($0)) }.filter { !$0.isEmpty }
  }

  /// A cell of a row: its year, figure and the qualifiers after it; `isBase` for the base
  /// year's (`2026年基数 512家`, `2026年(基数) 512家`).
  private struct YearCell {
    var year: Int
    var figure: FigureReading?
    var qualifiers: [String]
    var isBase = false
  }

  /// `2025年 560家` → 2025 and its figure; `2028年 1000家以上` keeps `以上`; `2026年 —` → no
  /// figure; nil when the cell does not open with a year.
  private static func yearCell(_ cell: String) -> YearCell? {
    guard let year = NumberUnitParser.years(in: cell[...]).first,
      year.range.lowerBound == cell.startIndex
    else { return nil }
    var rest = cell[year.range.upperBound...]
    let mark = rest.prefix { !PlanTextCharacters.isDigit($0) && !"—-－/".contains($0) }
    let isBase = TierTableHeaders.isBaseMark(mark)
    if isBase { rest = rest[mark.endIndex...] }
    let figures = NumberUnitParser.figures(in: rest)
    guard figures.count <= 1 else { return nil }
    guard let figure = figures.first else {
      let blank = rest.allSatisfy { "—-－/ ".contains($0) }
      return blank ? YearCell(year: year.year, qualifiers: [], isBase: isBase) : nil
    }
    let after = rest[figure.range.upperBound...]
    let qualifiers = QualifierWords.trailing.filter { after.hasPrefix($0.written) }.map(\.qualifier)
    return YearCell(year: year.year, figure: figure, qualifiers: qualifiers, isBase: isBase)
  }
}
