/// A call on every unit of a role, not a unit: `各牵头单位要制定具体工作方案`, `各责任部门要…`,
/// `各成员单位要…` — in a paragraph's prose, the units the tasks name elsewhere, each for its own
/// part, so no unit of the paragraph. Only `各`, a role and `单位`/`部门` with nothing else: a
/// role of some kind (`各产业链牵头单位`) is named as such where a note lists it.
enum UnitRoleNames {
  /// The roles a call names.
  static let roles = ["牵头", "责任", "成员", "配合", "相关", "有关", "职能", "主管", "参与"]
  /// What the call closes with.
  static let ends = ["单位", "部门"]

  /// Whether the name is such a call (`各牵头单位`).
  static func isRoleCall(_ name: String) -> Bool {
    guard name.hasPrefix("各") else { return false }
    let rest = name.dropFirst()
    return roles.contains { role in
      ends.contains { end in rest == role + end || rest == role + "的" + end }
    }
  }
}
