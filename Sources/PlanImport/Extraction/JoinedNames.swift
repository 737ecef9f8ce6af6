/// Names a `分别` clause lists with `、` when one of them holds `及` or `和` of its own
/// (`新能源汽车及零部件、电子信息、绿色化工新材料产业营业收入分别达到612亿元、488亿元和735亿元`):
/// parted at every `、和及` they are one too many for the figures; parted at `、` alone they are
/// as many as the figures, and those are the names.
enum JoinedNames {
  /// `names`: the head parted at `、和及`; `count`: how many figures they are for.
  static func names(_ names: [String], head: Substring, count: Int?) -> [String] {
    guard let count, names.count > count, head.contains("、") else { return names }
    let listed = MetricText.splitNames(MetricText.clean(head), at: "、").map {
      MetricText.clean($0[...])
    }
    return listed.count == count && listed.allSatisfy({ $0.count >= 2 }) ? listed : names
  }
}
