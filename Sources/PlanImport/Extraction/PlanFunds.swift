/// A fund the plan sets aside (`市级每年统筹安排园区发展专项资金2亿元`, `累计安排…奖补资金不少于
/// 1.5亿元`): the size of the plan's own fund, a goal of its spending — even when the fund pays
/// awards (`奖励资金`); not a sum paid to one enterprise (`给予…奖励资金10万元`, `对…的企业`).
enum PlanFunds {
  /// The nouns a fund's name ends with, right before its size.
  static let fundNouns = ["资金", "基金", "资金池"]

  static func isFundSize(_ figure: FigureReading, in clause: Substring) -> Bool {
    var before = Substring(PlanTextCharacters.trimmed(clause[..<figure.range.lowerBound]))
    for (written, _) in QualifierWords.leading where before.hasSuffix(written) {
      before = before.dropLast(written.count)
      break
    }
    let text = PlanTextCharacters.trimmed(clause)
    return fundNouns.contains(where: before.hasSuffix) && !clause.contains("给予")
      && !text.hasPrefix("对")
  }
}
