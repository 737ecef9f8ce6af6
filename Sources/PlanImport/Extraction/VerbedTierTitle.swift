/// A run-in item or heading titled with a verb of developing, a cluster's name and its tier in
/// brackets: `第一条　壮大装备制造集群（支柱）。`, `（三）培育新能源产业（新兴）`,
/// `2．做强汽车零部件产业链（主导）` → the cluster (`装备制造`), its tier the bracket's
/// (`ClusterHeading.bracketed`). The verbs are dropped only where the cluster's noun
/// (`集群`, `产业集群`, `产业`, `产业链`) closes the name, and what is left must name one
/// industry: not a tier or class (`做强主导产业（主导集群）`, `发展先进制造业（重点）`), not a way
/// of working (`推进数字化改造（重点）`: no cluster noun), no list (`A、B集群`).
enum VerbedTierTitle {
  /// Drops the verbs (and adverbs `大力`, `加快` …) opening the title; true when one did.
  static func droppingVerbs(_ name: inout Substring) -> Bool {
    var dropped = false
    while let verb = ClusterHeading.verbs.filter({ name.hasPrefix($0) }).max(by: {
      $0.count < $1.count
    }) {
      name = name.dropFirst(verb.count)
      dropped = true
    }
    return dropped
  }

  /// True when the name left after the verbs and its noun `end` (dropped already) names one
  /// industry.
  static func namesOne(_ core: Substring, closedBy end: String?) -> Bool {
    guard end != nil else { return false }
    return core.count >= 2
      && !ClusterNameGate.namesAClass(core) && !ClusterItemTitle.namesASector(core)
      && !ClusterHeading.verbs.contains(where: core.hasSuffix)
      && !core.contains(where: { $0 == "、" || PlanTextCharacters.isDigit($0) })
  }
}
