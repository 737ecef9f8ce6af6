/// A starting figure of one industry (`全区工业母机产业链实现营业收入82亿元`) is the baseline only
/// of a goal naming that industry, never of the region's total that shares its measure
/// (`全区规上工业营业收入达到900亿元`).
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

  /// False when the figure names an industry the goal's metric does not.
  static func allows(_ figureMetric: String, for goalMetric: String) -> Bool {
    industry(of: figureMetric).map(goalMetric.contains) ?? true
  }
}
