/// `规上工业营业收入达到3046亿元,首次突破3000亿元`: a round figure the text says was passed, right
/// after the exact figure in the same unit, says that figure again — no starting figure of its
/// own. A clause naming what it passed (`工业投资首次突破500亿元`) is read as it stands.
enum PassedFigures {
  /// Verbs of passing a mark.
  static let passingVerbs = ["突破", "超过", "越过", "迈上", "跨上", "跃上", "站上", "跨越"]
  /// Words saying it was passed for the first time.
  static let firstWords = ["首次", "首度", "历史性", "一举", "成功"]

  /// True when `metric` (the words before the figure) is only a verb of passing, and the last
  /// starting figure read is in the same unit and at least as high.
  static func restates(
    _ metric: String, value: Double, unit: String?, last: BaselinePatterns.StartingFigure?
  ) -> Bool {
    guard let last, last.unit == unit, last.value >= value else { return false }
    var words = Substring(metric)
    if let first = firstWords.first(where: words.hasPrefix) { words = words.dropFirst(first.count) }
    // `首次突破3000亿元` is read with its verb cut (`首次`): the first word alone is as good.
    return words.count < metric.count && (words.isEmpty || passingVerbs.contains(String(words)))
  }
}
