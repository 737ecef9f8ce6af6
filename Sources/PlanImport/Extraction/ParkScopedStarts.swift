import Foundation

/// A region's figure (`全县规模以上工业总产值382亿元`) is no start of a park's goal
/// (`县经济开发区规上工业总产值突破500亿元`), nor a park's figure of the region's goal: the two
/// measure different places though they share a measure's name.
enum ParkScopedStarts {
  /// Words that name a park within the region.
  static let parkWords = ["开发区", "园区", "高新区", "产业园", "工业园", "新区", "功能区"]
  /// Words that name the whole region.
  static let regionWords = ["全县", "全市", "全省", "全州", "全旗"]

  /// False when one metric names a park and the other the whole region (`全市园区…` names the
  /// parks).
  static func allows(_ figureMetric: String, for goalMetric: String) -> Bool {
    guard let figure = scope(figureMetric), let goal = scope(goalMetric) else { return true }
    return figure == goal
  }

  /// Where a metric measures: a park within the region, or the whole region.
  enum Scope { case park, region }

  /// Words holding a park's word that name no park (`创新区` is no `新区`).
  static let notParks = ["创新区"]

  /// `.park` for a metric naming a park, `.region` for one opening on the whole region, else nil.
  static func scope(_ metric: String) -> Scope? {
    var text = metric
    for word in notParks { text = text.replacingOccurrences(of: word, with: "") }
    if parkWords.contains(where: text.contains) { return .park }
    return regionWords.contains(where: metric.hasPrefix) ? .region : nil
  }
}
