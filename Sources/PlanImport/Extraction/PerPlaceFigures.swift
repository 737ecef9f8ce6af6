/// A figure each of several places is to reach (`支持其余县(市、区)依托自身基础,各培育1个百亿级
/// 特色产业集群`, `各建设1个以上小微企业园`): how many places there are is not said, so it is no goal
/// of the plan's, and the cluster it counts is none the plan names.
enum PerPlaceFigures {
  /// Verbs that follow `各` before such a figure.
  static let verbs = ["培育", "建设", "打造", "形成", "创建", "建成", "新增", "引进", "设立", "布局"]
  /// The most characters between the verb's start and the figure or scale class it leads to.
  static let longestReach = 10

  /// True when `各` and a verb of building stand shortly before the end of `before`.
  static func isPerPlace(before: Substring) -> Bool {
    guard let each = before.textRange(of: "各", backwards: true) else { return false }
    let rest = before[each.upperBound...]
    return verbs.contains(where: rest.hasPrefix) && rest.count <= longestReach
      && !rest.contains(where: { ",;,;".contains($0) })
  }
}
