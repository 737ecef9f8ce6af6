/// The other forms an industry's own output is written in, made plain so that the industry's
/// paragraph reads it as that industry's (`ClusterHeading.industryMetric`):
/// - the metric before its years (`营业收入2027年达到300亿元、2028年达到360亿元、2029年突破420亿元`):
///   `营业收入2027年` → `营业收入`, the last year's figure then the industry's scale;
/// - the output counted over the firms above the size line (`产业链规上工业产值达到110亿元`,
///   `集群规模以上工业营业收入`): `产业链产值`, `集群营业收入`.
enum OutputMetricForms {
  /// The size line a chain's or cluster's output may be counted over.
  static let sizeQualifiers = ["规模以上工业", "规上工业", "规模以上", "规上"]
  /// What a nameless output is of, in the paragraph of one industry.
  static let nouns = ["产业链", "产业集群", "集群", "产业"]

  /// The metric in its plain form (`营业收入2027年` → `营业收入`, `产业链规上工业产值` → `产业链产值`).
  static func plain(_ metric: String) -> String {
    let text = withoutTrailingYear(metric)
    guard let noun = nouns.first(where: text.hasPrefix) else { return text }
    let rest = text.dropFirst(noun.count)
    for qualifier in sizeQualifiers where rest.hasPrefix(qualifier) {
      let output = String(rest.dropFirst(qualifier.count))
      if ClusterHeading.outputWords.contains(output) { return noun + output }
    }
    return text
  }

  /// `营业收入2027年` → `营业收入`: a year closing an output's name is the first of its series.
  static func withoutTrailingYear(_ metric: String) -> String {
    guard metric.hasSuffix("年") else { return metric }
    let digits = metric.dropLast().reversed().prefix(while: PlanTextCharacters.isDigit)
    guard digits.count == 4 else { return metric }
    let name = String(metric.dropLast(5))
    return ClusterHeading.outputWords.contains(where: name.hasSuffix) ? name : metric
  }
}
