/// `形成“3+2”集群体系,即新能源电池、高端装备…三大主导产业集群`: `即` (that is) opens a list
/// that restates what the sentence named; a name read from its start drops it — but not a name
/// that begins with the character (`即时零售`, `即食食品`).
enum ListLeadWords {
  /// Names that begin with `即` as a word of their own.
  static let namesWithLead = ["即时", "即食", "即饮", "即热", "即配", "即用", "即开"]

  /// Whether the name starts with the list's `即`.
  static func opens(_ name: String) -> Bool {
    name.hasPrefix("即") && name.count >= 3 && !namesWithLead.contains(where: name.hasPrefix)
  }
}
