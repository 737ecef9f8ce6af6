/// A starting figure of one industry (`全区工业母机产业链实现营业收入82亿元`) is the baseline only
/// of a goal naming that industry, never of the region's total that shares its measure
/// (`全区规上工业营业收入达到900亿元`); and a growth goal of one industry takes no rate of the
/// region's total (`新兴产业营业收入增长20%以上` ← not `规上工业营业收入…同比增长9.7%`).
enum StartingIndustry {
  /// The words a region's total opens with (`全市`), no part of an industry's name.
  static let regionPrefixes = ["全区", "全县", "全市", "全省", "全镇", "全园区", "全园", "全州", "全旗"]

  /// The industry a starting figure's metric names before `产业链` or `产业` (`工业母机`), if any.
  static func industry(of metric: String) -> String? {
    guard let range = metric.textRange(of: "产业链") ?? metric.textRange(of: "产业") else { return nil }
    var name = metric[..<range.lowerBound]
    for prefix in regionPrefixes where name.hasPrefix(prefix) {
      name = name.dropFirst(prefix.count)
    }
    return name.count >= 2 ? String(name) : nil
  }

  /// The longest industry name a goal's metric is read as being about (`数字经济核心产业`, `新兴
  /// 产业`); a longer lead before `产业` holds more than a name.
  static let longestGoalIndustry = 8

  /// False when the figure names an industry the goal's metric does not, or a growth goal names
  /// one the figure does not (`新兴产业营业收入增长20%` takes no `规上工业营业收入同比增长9.7%`: the
  /// whole's rate is no industry's; a level may be, `首位产业…比重` ← the leading industry's share).
  static func allows(_ figureMetric: String, for goalMetric: String, growth: Bool = false) -> Bool {
    if let named = industry(of: figureMetric) { return goalMetric.contains(named) }
    guard growth, let named = industry(of: goalMetric), named.count <= longestGoalIndustry else {
      return true
    }
    return figureMetric.contains(named)
  }
}
