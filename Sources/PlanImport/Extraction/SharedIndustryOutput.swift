/// One figure for several named industries, `均` (or `都`) closing their shared output words:
/// `A、B、C产业营业收入均突破150亿元`, `A、B两大集群产值都达到500亿元` — each industry's own output
/// (`A产业营业收入`, `B产业营业收入`, …), so each figure is its industry's scale, as `分别` gives
/// one figure to each (`MetricText.sharingIndustryTail`). Only output words opened by `产业` or
/// `集群` are shared; without `均`/`都` the names are left as they are (`A、B增加值增长10%`).
enum SharedIndustryOutput {
  /// The words that give the one figure to every name.
  static let sharedWords: Set<Character> = ["均", "都"]

  /// The names with the last one's output words shared and the `均` dropped; unchanged unless
  /// the last name closes with `均`/`都` right after an industry's output words.
  static func names(_ names: [String]) -> [String] {
    guard names.count > 1, var last = names.last, let shared = last.last,
      sharedWords.contains(shared)
    else { return names }
    last.removeLast()
    guard MetricText.industryTails.contains(where: { last.hasSuffix($0) && last.count > $0.count })
    else { return names }
    return MetricText.sharingIndustryTail(names.dropLast() + [last])
  }
}
