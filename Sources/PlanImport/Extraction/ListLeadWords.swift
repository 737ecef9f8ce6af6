/// `形成“3+2”集群体系,即新能源电池、高端装备…三大主导产业集群`: `即` (that is) opens a list
/// that restates what the sentence named, right after a clause's mark; a list read from there
/// drops it — but not a name that begins with the character (`即时零售`, `即食食品`), nor a
/// name anywhere else (`即墨老酒` read alone keeps it).
enum ListLeadWords {
  /// Names that begin with `即` as a word of their own.
  static let namesWithLead = ["即时", "即食", "即饮", "即热", "即配", "即用", "即开"]

  /// Marks after which `即` opens a list.
  static let clauseMarks: Set<Character> = [",", "，", ":", "：", ";", "；"]

  /// Whether the name starts with the list's `即`.
  static func opens(_ name: String) -> Bool {
    name.hasPrefix("即") && name.count >= 3 && !namesWithLead.contains(where: name.hasPrefix)
  }

  /// The list without the `即` opening it where the list opens its clause — right after a
  /// clause's mark of its text (`…体系,即A、B…`), or at the start of a clause read on its own
  /// when a list follows (`即A、B`) — and any other list or a single name as it is.
  static func withoutLead(_ list: Substring) -> Substring {
    guard opens(String(list.prefix { $0 != "、" })) else { return list }
    // At the start of the text read, `即` opens a clause only before a list (`即A、B`); a
    // single name read alone (`即墨老酒`) keeps it.
    let opensClause =
      list.startIndex == list.base.startIndex
      ? list.contains("、")
      : clauseMarks.contains(list.base[list.base.index(before: list.startIndex)])
    return opensClause ? list.dropFirst() : list
  }
}
