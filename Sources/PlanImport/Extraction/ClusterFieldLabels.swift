/// A cluster's paragraph written as labelled parts (`细分领域:A、B、C。重点产品:…。规模目标:…`):
/// the list a label of fields opens names the cluster's parts (`A`, `B`, `C`); products,
/// enterprises and goals under their own labels do not. Under the label every name is a field,
/// whatever it ends with (`海洋工程平台`).
enum ClusterFieldLabels {
  /// Labels that open a list of a cluster's fields.
  static let labels = [
    "细分领域", "重点领域", "细分赛道", "重点赛道", "主攻方向", "重点方向", "发展方向", "细分方向", "重点细分领域",
    "主要领域", "产业方向",
  ]

  /// The names the sentence's field label lists, or none.
  static func parts(inSentence sentence: Substring) -> [String] {
    let text = sentence.drop(while: PlanTextCharacters.isSpace)
    guard let label = labels.first(where: { text.hasPrefix($0 + ":") }) else { return [] }
    let list = text.dropFirst(label.count + 1).prefix { !"。;".contains($0) }
    guard !list.isEmpty, !list.contains(",") else { return [] }
    return ClusterLists.names(list).compactMap(ClusterLists.cleanName)
  }
}
