import PlanModel

/// A scale the clause after a list of industries gives each of them: `A、B、C三个新兴产业,每个
/// 产业到2030年都要形成200亿级规模`, `…,每个产业规模均突破100亿元` — a clause opened by `每个`,
/// `每一个` or `各个` holding a scale class (`200亿级`) or a sum in 亿元.
enum EachIndustryScale {
  static let openings = ["每个", "每一个", "各个"]

  /// The scale each listed industry of the sentence is to reach, with the clause's own due year
  /// (else `year`); nil when no clause after the first says so.
  static func scale(in sentence: Substring, year: Int?) -> Figure? {
    for clause in SentenceSegmenter.clauses(of: sentence).dropFirst() {
      let text = PlanTextCharacters.trimmed(clause)
      guard openings.contains(where: text.hasPrefix) else { continue }
      let own = NumberUnitParser.years(in: clause).first { $0.role == .due }?.year ?? year
      if let (value, _) = ClusterPatterns.scaleMarks(in: clause).first {
        return Figure(value: value, year: own)
      }
      if let figure = NumberUnitParser.figures(in: clause).first(where: { $0.unit == "亿元" }),
        let value = figure.value
      {
        let qualifiers = QualifierWords.qualifiers(
          before: clause[..<figure.range.lowerBound], after: clause[figure.range.upperBound...],
          sentenceBefore: sentence[..<figure.range.lowerBound])
        return Figure(value: value, year: own, qualifiers: qualifiers.filter { $0 != "达到" })
      }
    }
    return nil
  }
}
