/// A pipeline of stages the text grades, each stage `X一批`
/// (`按照“储备一批、辅导一批、申报一批、上市一批”的思路梯次推进,到2028年,上市后备企业保持在120家以上,
/// 辅导备案企业累计达到15家,申报企业累计达到10家,新增上市企业9家`): a ladder whose steps are named by
/// the counted phrases of its sentence, the first count for the first stage and so on, one
/// count of enterprises to each stage. Three stages or more, a grading word in the sentence
/// (`梯次`, `梯度`, `梯队`, `分层`, `逐级`, `递进`), and a count for every stage; else no ladder
/// (`推动储备一批、开工一批、投产一批项目` grades nothing).
enum LadderPipeline {
  static let gradingWords = GradingWords.core + ["递进"]
  static let stageMark = "一批"
  static let fewestStages = 3
  /// The units a count of enterprises is stated in.
  static let enterpriseUnits = ["家", "户"]

  /// The number of stages the sentence lists in one run (`储备一批、辅导一批、…`), when it grades
  /// them.
  static func stageCount(in sentence: Substring) -> Int? {
    let text = PlanTextCharacters.unquoted(String(sentence))
    guard gradingWords.contains(where: text.contains) else { return nil }
    var best = 0
    var run = 0
    var previousEnd: String.Index?
    var search = text.startIndex
    while let mark = text[search...].textRange(of: stageMark) {
      search = mark.upperBound
      guard let verbStart = text.index(mark.lowerBound, offsetBy: -2, limitedBy: text.startIndex),
        text[verbStart..<mark.lowerBound].allSatisfy(PlanTextCharacters.isHan)
      else {
        run = 0
        previousEnd = nil
        continue
      }
      let joined = previousEnd.map { text[$0..<verbStart] == "、" } ?? false
      run = joined ? run + 1 : 1
      best = max(best, run)
      previousEnd = mark.upperBound
    }
    return best >= fewestStages ? best : nil
  }

  /// The steps of the pipeline a sentence grades: the metrics of its counts of enterprises
  /// from `goals` (the sentence's), as many as it has stages, in order.
  static func steps(in sentence: Substring, goals: ArraySlice<TextReading.PlacedGoal>) -> [String]?
  {
    guard let stages = stageCount(in: sentence) else { return nil }
    let counts = goals.filter { placed in
      placed.candidate.isCount && placed.candidate.goal.target?.hasNumber == true
        && enterpriseUnits.contains(placed.candidate.goal.unit ?? "")
    }
    guard counts.count >= stages else { return nil }
    let steps = counts.prefix(stages).map(\.candidate.metric)
    return Set(steps).count == stages ? Array(steps) : nil
  }
}
