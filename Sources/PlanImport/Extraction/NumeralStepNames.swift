/// A chain's step named with a numeral (`“…—亿元企业—十亿元企业”`) whose count the text gives under
/// the figure in digits (`产值超10亿元企业达到8家`): the count is that step's — not the step whose
/// name it merely ends with (`亿元企业`) — and the step is filed under the count's fuller name.
enum NumeralStepNames {
  /// The units a numeral in a step's name stands before.
  static let units: Set<Character> = ["亿", "万"]

  /// The step of `steps` whose name, its numerals written in digits, ends `metric`.
  static func step(for metric: String, among steps: [String]) -> String? {
    steps.first { step in
      let plain = PlanTextCharacters.unquoted(step)
      let digits = withDigits(plain)
      return digits != plain && metric.hasSuffix(digits)
    }
  }

  /// The name to file the step under: the count's metric, without the words of counting
  /// before it, when the step names its figure in numerals the metric writes in digits.
  static func fileName(step: String, metric: String) -> String? {
    guard Self.step(for: metric, among: [step]) != nil else { return nil }
    var name = Substring(metric)
    while let word = LadderCounts.countingWords.first(where: name.hasPrefix) {
      name = name.dropFirst(word.count)
    }
    return String(name)
  }

  /// `十亿元企业` → `10亿元企业`: each run of Chinese numerals right before 亿 or 万 in digits.
  static func withDigits(_ text: String) -> String {
    var result = ""
    var run = ""
    for character in text {
      if ChineseNumber.isNumeral(character) {
        run.append(character)
        continue
      }
      if !run.isEmpty {
        let value = units.contains(character) ? ChineseNumber.value(run[...]) : nil
        result += value.map(String.init) ?? run
        run = ""
      }
      result.append(character)
    }
    return result + run
  }
}
