/// A part of an industry named by its class of service, among its siblings' scales:
/// `其中A产业营业收入达到400亿元、B产业营业收入达到300亿元,配套服务业营业收入达到100亿元` — the
/// services (`配套服务业`) are a part like the others, their 营业收入 its scale. Read only where
/// another goal of the same paragraph and year is a cluster's scale (`ClusterAssembly.scaleName`):
/// alone, `生产性服务业营业收入` is a sector's total, a target.
enum ServicePartScales {
  /// How such a part's name ends.
  static let nameEnd = "服务业"
  /// Its output words, right after the name.
  static let outputs = ["营业收入", "产值", "规模"]

  /// The part's name, when the goal is such a part's output beside a sibling's scale.
  static func name(of goal: GoalCandidate, among goals: [TextReading.PlacedGoal], paragraph: Int)
    -> String?
  {
    guard goal.goal.unit == "亿元", goal.goal.kind == .absolute,
      let output = outputs.first(where: { goal.metric.hasSuffix(nameEnd + $0) })
    else { return nil }
    let name = String(goal.metric.dropLast(output.count))
    guard (nameEnd.count + 2...ClusterAssembly.longestName).contains(name.count),
      !ClusterAssembly.isClassOfMany(name)
    else { return nil }
    let year = goal.goal.target?.year
    let sibling = goals.contains { placed in
      placed.paragraph == paragraph && placed.candidate.goal.target?.year == year
        && ClusterAssembly.scaleName(of: placed.candidate) != nil
    }
    return sibling ? name : nil
  }
}
