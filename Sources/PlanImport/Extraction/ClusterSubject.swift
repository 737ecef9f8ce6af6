/// A cluster named as the subject of its clause rather than after its scale or tier:
/// `储能产业建成200亿级产业集群`, `以A、B两大主导产业为引领`.
enum ClusterSubject {
  /// Verbs that join a subject industry to the scale it is to reach.
  static let verbs = ["打造成为", "打造成", "建设成为", "发展成为", "建成", "打造", "形成", "成为", "迈向", "达到"]

  /// Words before the subject that are no part of its name.
  static let leadWords = ["力争", "推动", "推进", "支持", "加快", "促进"]

  /// The industry before the verb of `head` (the clause up to the scale):
  /// `储能产业建成` → `储能`; nil when the clause does not open with `X产业` and a verb.
  static func subject(of head: Substring) -> String? {
    guard let industry = head.textRange(of: "产业") else { return nil }
    let verbText = head[industry.upperBound...].drop { $0 == "集" || $0 == "群" }
    guard verbs.contains(where: { verbText.hasPrefix($0) }) else { return nil }
    var name = head[..<industry.lowerBound]
    for lead in leadWords where name.hasPrefix(lead) { name = name.dropFirst(lead.count) }
    return ClusterLists.cleanName(String(name))
  }

  /// `以A、B两大主导产业为引领`: a tier list led by 以 and closed by 为….
  static func leads(_ before: Substring, _ after: Substring) -> Bool {
    after.hasPrefix("为") && before.contains("以")
  }
}
