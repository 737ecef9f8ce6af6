/// The weight an evaluation gives an indicator (`亩均税收(权重40%)`, `权重不低于8%`, `权重为15%`,
/// `考核权重提高到15%`): a
/// rule of how enterprises or places are scored, no goal.
enum EvaluationWeights {
  static let words = ["权重", "权数", "分值"]
  /// What may stand between the word and its figure.
  static let linking = [
    "提高到", "提高至", "提升到", "提升至", "调整为", "调整到", "不低于", "不高于", "不超过", "不少于", "占", "为",
    "达", ":", "约",
  ]

  static func isWeight(_ figure: FigureReading, in clause: Substring) -> Bool {
    let before = clause[..<figure.range.lowerBound]
    guard
      let word = words.compactMap({ before.textRange(of: $0, backwards: true) }).max(by: {
        $0.lowerBound < $1.lowerBound
      })
    else { return false }
    var between = String(before[word.upperBound...]).filter { !$0.isWhitespace }
    for link in linking where between.hasPrefix(link) { between.removeFirst(link.count) }
    return between.isEmpty
  }
}
