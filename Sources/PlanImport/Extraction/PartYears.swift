/// `三年盘活低效工业用地2000亩,其中2026年盘活600亩;建设“工业上楼”示范项目10个`: a year opening a
/// `其中` clause dates that part of the figure before it, and no more — not the clauses after
/// it, nor the sentences after.
enum PartYears {
  static let partWord = "其中"

  /// True when the year opens a `其中` clause.
  static func opensPart(_ year: YearReading, in sentence: Substring) -> Bool {
    let before = sentence[..<year.range.lowerBound]
    let clauseStart =
      before.lastIndex(where: PlanTextCharacters.clauseEnds.contains).map {
        before.index(after: $0)
      } ?? before.startIndex
    return PlanTextCharacters.trimmed(before[clauseStart...]) == partWord
  }

  /// The piece with each `其中` clause opened by a year a piece of its own, apart from the
  /// clauses before and after it.
  static func pieces(of piece: Substring) -> [Substring] {
    guard piece.contains(partWord) else { return [piece] }
    var pieces: [Substring] = []
    var start = piece.startIndex
    for clause in SentenceSegmenter.clauses(of: piece) {
      let text = PlanTextCharacters.trimmed(clause)
      guard text.hasPrefix(partWord),
        let year = NumberUnitParser.years(in: clause).first, year.role == .plain,
        PlanTextCharacters.trimmed(clause[..<year.range.lowerBound]) == partWord
      else { continue }
      if start < clause.startIndex { pieces.append(piece[start..<clause.startIndex]) }
      // The part runs to its clause's end, or to a `;` inside it (`其中2026年盘活600亩;建设…`).
      let end = clause.firstIndex(where: { $0 == ";" || $0 == "；" }) ?? clause.endIndex
      pieces.append(piece[clause.startIndex..<end])
      start = end
      // The mark parting it from the next clause goes with neither.
      if start < piece.endIndex,
        PlanTextCharacters.clauseEnds.contains(piece[start]) || ";；".contains(piece[start])
      {
        start = piece.index(after: start)
      }
    }
    if start < piece.endIndex { pieces.append(piece[start...]) }
    return pieces.isEmpty ? [piece] : pieces
  }
}
