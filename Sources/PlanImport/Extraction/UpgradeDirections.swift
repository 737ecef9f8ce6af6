/// `推动A向高压实、长循环方向升级`, `向高端化、智能化方向发展`: a list running straight into `方向`,
/// with no count before it, gives the directions a thing changes in — no industries. (A list
/// counted into `方向` still names them: `聚焦A、B、C三个方向`.)
enum UpgradeDirections {
  static let closing = "方向"

  /// True when the list closing at `end` (the words `ClusterLists.countedEnds` found) gives
  /// directions of change: it runs straight into `方向`.
  static func closesDirections(_ end: Substring) -> Bool {
    end == closing
  }
}
