/// A count of those entering a step's ranks (`力争1个集群进入国家先进制造业集群行列`, `3家企业进入
/// 省级专精特新企业名单`): the count of that step, named after `进入`.
enum EnteringCounts {
  static let verb = "进入"
  /// Words that close the ranks entered.
  static let ranks = ["行列", "名单", "序列", "梯队"]

  /// The step of `steps` the metric's words after `进入` name, closed by a word of ranks.
  static func step(for metric: String, among steps: [String]) -> String? {
    guard let range = metric.textRange(of: verb, backwards: true) else { return nil }
    var entered = Substring(metric[range.upperBound...])
    guard let rank = ranks.first(where: entered.hasSuffix) else { return nil }
    entered = entered.dropLast(rank.count)
    let name = PlanTextCharacters.unquoted(String(entered))
    guard name.count >= 2 else { return nil }
    let matching = steps.filter { PlanTextCharacters.unquoted($0) == name }
    return matching.count == 1 ? matching.first : nil
  }
}
