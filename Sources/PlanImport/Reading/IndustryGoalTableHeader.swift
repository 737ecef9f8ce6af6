/// The header of a table giving each industry or chain its goal (a 链长制 or 集群 工作任务表):
/// `产业链  链长  链主企业  2028年目标  牵头部门`, `重点产业  发展目标  责任单位` — the first column
/// names the industries (`产业链`, `重点产业`, `产业集群` …) and another holds their goals
/// (`目标`). Rows of such a table are clusters with the goal cell's output as their scale
/// (`ChainGoalTable`).
enum IndustryGoalTableHeader {
  /// Labels of a first column of industries or chains.
  static let industryLabels: Set<String> = [
    "产业链", "重点产业链", "产业", "重点产业", "产业集群", "重点产业集群", "集群", "产业名称", "产业链名称",
  ]
  /// The word a goal column's label holds (`2028年目标`, `发展目标`, `目标任务`).
  static let goalWord = "目标"

  /// Whether the labels head such a table: three labels or more, the first naming the
  /// industries, another their goals.
  static func isHeader(_ labels: [String]) -> Bool {
    guard labels.count >= 3, let first = labels.first,
      industryLabels.contains(first.filter { !$0.isWhitespace })
    else { return false }
    return labels.dropFirst().contains { $0.contains(goalWord) }
  }

  /// The goal column's index, the first whose label holds `目标`.
  static func goalColumn(_ labels: [String]) -> Int? {
    labels.indices.dropFirst().first { labels[$0].contains(goalWord) }
  }
}
