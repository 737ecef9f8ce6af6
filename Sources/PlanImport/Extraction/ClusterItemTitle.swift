/// An item titled by a cluster's name alone (`1．高端装备集群。…`, `（1）新能源装备子集群。…`,
/// `2．智能网联汽车产业集群。…`) names its industry as an item titled `X产业。` does: its bare
/// `营业收入`/`集群营业收入` is that cluster's output. Not a class or a tier
/// (`4．百亿级特色集群。`, `（二）主导产业集群`) nor a list (`A、B集群`).
enum ClusterItemTitle {
  static let endings = ["子集群", "产业集群", "集群"]

  /// `高端装备集群` → `高端装备产业`; nil for any other title.
  static func industryTitle(_ title: String) -> String? {
    guard let ending = endings.first(where: title.hasSuffix) else { return nil }
    let name = title.dropLast(ending.count)
    guard name.count >= 2, name.allSatisfy(PlanTextCharacters.isHan), !name.contains("级"),
      !TextReading.headingWords.contains(where: name.contains), !namesASector(name)
    else { return nil }
    return name + "产业"
  }

  /// Sectors named by a class word alone (`先进制造业`, `现代服务业`, `战略性新兴产业`).
  static let sectorWords = ["制造业", "制造", "产业", "工业", "服务业"]

  /// `先进制造业`, `现代服务业`: a class word and a sector, no industry (`现代中药` is one).
  static func namesASector(_ name: Substring) -> Bool {
    if ClusterNameGate.namesAClass(name) { return true }
    guard let word = ClusterLists.notNames.first(where: name.hasPrefix) else { return false }
    return sectorWords.contains(String(name.dropFirst(word.count)))
  }
}
