/// A sentence naming no year that states figures as they are, right after a sentence reporting
/// where things stood: it goes on with that report, of the same year — with `分别为`
/// (`A、B、C三大主导产业产值分别为318亿元、262亿元和201亿元`), or as what its subject holds
/// (`全区拥有省级企业技术中心15家、市级工程技术研究中心42家`). A goal is not written so
/// (`分别达到`); a sentence that says it looks ahead (`力争`, `将`) is none.
enum StatedAsIs {
  static let stateWords = ["分别为", "分别是"]
  static let aheadWords = ["力争", "争取", "确保", "将", "预计", "计划"]
  /// Words of what a subject holds (`全区拥有…`, `现有…`).
  static let holdWords = ["拥有", "共有", "现有"]
  /// How far into the sentence its subject may run before `拥有` (`全县`, `经开区内`).
  static let subjectLength = 6

  static func continuesReport(_ sentence: Substring) -> Bool {
    (stateWords.contains(where: sentence.contains) || holdsCounts(sentence))
      && !aheadWords.contains(where: sentence.contains)
      && NumberUnitParser.years(in: sentence).isEmpty
  }

  /// `全县拥有A企业68家、B企业23家`: a short subject holding figures (`拥有` near the opening, a
  /// number after it).
  static func holdsCounts(_ sentence: Substring) -> Bool {
    let text = PlanTextCharacters.trimmed(sentence)
    for word in holdWords {
      guard let range = text.textRange(of: word),
        text.distance(from: text.startIndex, to: range.lowerBound) <= subjectLength
      else { continue }
      if !NumberUnitParser.figures(in: text[range.upperBound...]).isEmpty { return true }
    }
    return false
  }
}
