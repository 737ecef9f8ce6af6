/// A call in a paragraph's prose on every unit of a kind (`A要…` read by `UnitClauses`), not a
/// unit of the item: the departments of a level at once (`市级各有关部门要按照职责分工…`,
/// `县直各单位要…`), every unit of a role however qualified (`各产业链牵头部门要…`, `各集群责任
/// 单位要…`), and the leading organs of every place (`各县(市、区)党委和政府要落实主体责任`).
/// A note or a unit sentence may still list such names; only the `要` clause is a call.
enum UnitCalls {
  /// What a level's departments are called before `各` (`市级`, `县直`, `区属`).
  static let levelWords = ["级", "直", "属"]
  /// The organs of a place's leadership named together (`党委和政府`, `党委政府`).
  static let leadershipWords = ["党委和政府", "党委政府", "党政"]

  /// True when the name calls on every unit of a level, a role or a place's leadership.
  static func isCall(_ name: String) -> Bool {
    if let each = name.firstIndex(of: "各"), each > name.startIndex {
      let before = name[..<each]
      if before.count <= 3, levelWords.contains(where: before.hasSuffix) { return true }
    }
    guard name.hasPrefix("各") else { return false }
    if leadershipWords.contains(where: name.hasSuffix) { return true }
    return UnitRoleNames.roles.contains { role in
      UnitRoleNames.ends.contains { end in name.hasSuffix(role + end) }
    }
  }
}
