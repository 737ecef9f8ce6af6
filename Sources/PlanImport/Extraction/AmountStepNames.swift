/// A ladder of enterprises by size whose steps are named by an amount and a role
/// (`“百亿龙头—五十亿骨干—十亿重点—亿元成长”企业梯队`), counted by the amount they pass
/// (`产值超百亿元企业达到3家、超五十亿元企业6家、超十亿元企业25家、超亿元企业达到200家`): each count is
/// the step's whose amount is the count's, and the step is filed under the count's name.
enum AmountStepNames {
  /// The step of `steps` whose leading amount in 亿 equals the amount the metric's enterprises
  /// pass (`超十亿元企业` → 10 → `十亿重点`), when one step alone has it.
  static func step(for metric: String, among steps: [String]) -> String? {
    guard let passed = passedAmount(metric) else { return nil }
    // The same ladder stated twice (goals, then a task) names each step twice: one step.
    let matching = Set(steps.filter { leadingAmount(PlanTextCharacters.unquoted($0)) == passed })
    return matching.count == 1 ? matching.first : nil
  }

  /// The name to file the step under: the count's metric without the words of counting — for
  /// a step named by a role (`十亿重点`), not one naming its enterprises (`亿元企业`).
  static func fileName(step: String, metric: String) -> String? {
    guard !step.hasSuffix("企业"), Self.step(for: metric, among: [step]) != nil else { return nil }
    var name = Substring(metric)
    while let word = LadderCounts.countingWords.first(where: name.hasPrefix) {
      name = name.dropFirst(word.count)
    }
    return String(name)
  }

  /// `百亿龙头` → 100, `亿元成长` → 1: a step opening with an amount in 亿 (in numerals, or none).
  static func leadingAmount(_ step: String) -> Int? {
    let numerals = step.prefix(while: ChineseNumber.isNumeral)
    guard step.dropFirst(numerals.count).hasPrefix("亿") else { return nil }
    return numerals.isEmpty ? 1 : ChineseNumber.value(numerals)
  }

  /// `产值超百亿元企业` → 100, `超10亿元企业` → 10, `亿元企业` → 1: the amount in 亿元 a metric
  /// closing on enterprises passes (the word of passing may have gone with the qualifiers).
  static func passedAmount(_ metric: String) -> Int? {
    let closing = "亿元企业"
    guard metric.hasSuffix(closing) else { return nil }
    let head = metric.dropLast(closing.count)
    let numerals = head.reversed().prefix {
      ChineseNumber.isNumeral($0) || PlanTextCharacters.isDigit($0)
    }
    guard !numerals.isEmpty else { return 1 }
    // `超1.5亿元企业`: an amount with a fraction names no step of whole hundreds of millions.
    guard head.dropLast(numerals.count).last != "." else { return nil }
    let run = String(numerals.reversed())
    return Int(run) ?? ChineseNumber.value(Substring(run))
  }
}
