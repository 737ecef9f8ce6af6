/// Clusters a phrase gives their tiers by `为`: `以A为主导、B和C为特色的产业格局`,
/// `以A、B为支柱,C为新兴的现代产业体系`, `以A为主导、B为支撑的产业体系` (B a cluster without
/// a tier). The phrase opens with `以`; each part is names and `为` with a role; the parts are
/// joined by `、` or `,` (each may repeat `以`); one role at least is a tier word; and the
/// phrase closes with `的` and words naming an industrial system (`产业体系`, `产业格局`,
/// `工业体系` …).
/// A phrase closing its clause with a tier of industries gives that tier too, with no system
/// named (`以精细化工和化工新材料为主导产业,…`).
/// Not `以企业为主体、市场为导向的创新体系`, nor `以新型工业化为主导、以制造业为重点,着力…`.
enum ClusterRolePhrases {
  /// Roles that make a part of the system without naming a tier.
  static let plainRoles = ["支撑", "补充", "重点", "引领", "龙头", "骨干", "基础", "核心", "延伸"]
  /// The industrial systems such a phrase closes with (not `产业投资格局`, `创新体系`).
  static let systems = [
    "产业体系", "产业格局", "产业结构", "产业集群", "产业发展格局", "工业体系", "制造业体系", "产业生态",
  ]
  /// How far after `的` the words naming the system may reach (`先进制造业现代化产业体系`).
  static let longestSystem = 16

  static func tiers(in sentence: Substring) -> [(names: [String], tier: String?)] {
    var search = sentence.startIndex
    while let open = sentence[search...].textRange(of: "以") {
      search = open.upperBound
      if let parts = parts(after: sentence[open.upperBound...]) { return parts }
    }
    return []
  }

  /// The parts of a phrase whose `以` stands just before `text`, when it closes as an
  /// industrial system.
  private static func parts(after text: Substring) -> [(names: [String], tier: String?)]? {
    var rest = text
    var found: [(names: [String], tier: String?)] = []
    while let wei = rest.textRange(of: "为") {
      let after = rest[wei.upperBound...]
      let tier = ClusterPatterns.tierWords.first(where: after.hasPrefix)
      guard let role = tier ?? plainRoles.first(where: after.hasPrefix),
        let names = names(rest[..<wei.lowerBound])
      else { return nil }
      found.append((names, tier))
      rest = after.dropFirst(role.count)
      let industry = rest.hasPrefix("产业")
      if industry { rest = rest.dropFirst(2) }
      // `以A和B为主导产业,…`: the tier of industries, closing the clause, gives it alone.
      if industry, tier != nil, closesAlone(rest) { return found }
      if rest.hasPrefix("的") {
        let system = rest.dropFirst().prefix { !PlanTextCharacters.clauseEnds.contains($0) }
        let closes = systems.contains(where: system.prefix(longestSystem).contains)
        return closes && found.contains(where: { $0.tier != nil }) ? found : nil
      }
      guard let joint = rest.first, joint == "、" || joint == "," else { return nil }
      rest = rest.dropFirst()
    }
    return nil
  }

  /// True when the clause ends at `rest` and the next one gives no further role
  /// (`以A和B为主导产业,严格执行…`; not `以A为支柱产业,B为新兴产业的…`).
  private static func closesAlone(_ rest: Substring) -> Bool {
    let ends = PlanTextCharacters.clauseEnds.union(PlanTextCharacters.sentenceEnds)
    guard let end = rest.first else { return true }
    guard ends.contains(end) else { return false }
    let next = rest.dropFirst().prefix { !ends.contains($0) }
    return !next.contains("为")
  }

  /// A part's names (`茶叶精深加工和新型建材` → two), each a cluster's name.
  private static func names(_ part: Substring) -> [String]? {
    var text = part
    if text.hasPrefix("以") { text = text.dropFirst() }
    var written = ClusterLists.names(text)
    // One name and another joined by 和, both whole names (`基因和细胞治疗` stays one).
    if written.count == 1, let split = ClusterLists.splitAtAnd(written[0]),
      split.allSatisfy({ $0.count >= 3 })
    {
      written = split
    }
    let names = written.compactMap(ClusterLists.listedName)
    guard !names.isEmpty, names.count == written.count,
      names.allSatisfy({ $0.count <= ClusterPatterns.longestName })
    else { return nil }
    return names
  }
}
