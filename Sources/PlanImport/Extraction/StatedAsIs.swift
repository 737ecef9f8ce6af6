/// A sentence naming no year that states figures as they are with `分别为`
/// (`A、B、C三大主导产业产值分别为318亿元、262亿元和201亿元`), right after a sentence reporting
/// where things stood: it goes on with that report, of the same year. A goal is not written so
/// (`分别达到`); a sentence that says it looks ahead (`力争`, `将`) is none.
enum StatedAsIs {
  static let stateWords = ["分别为", "分别是"]
  static let aheadWords = ["力争", "争取", "确保", "将", "预计", "计划"]

  static func continuesReport(_ sentence: Substring) -> Bool {
    stateWords.contains(where: sentence.contains) && !aheadWords.contains(where: sentence.contains)
      && NumberUnitParser.years(in: sentence).isEmpty
  }
}
