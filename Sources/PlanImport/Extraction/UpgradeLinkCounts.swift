/// A ladder named by its upgrades (`“个转企、小升规、规改股、股上市”`) is counted by the enterprises
/// that make each upgrade, wherever the plan counts them (`新增“个转企”企业3000户`, `新增规上工业企业
/// 300家`, `完成股份制改造企业120家`, `新增上市企业8家`): a count is a link's when its metric quotes
/// the link or names the tier the link rises to (`规` → 规上, `股` → 股份制, `市` → 上市) and closes on
/// enterprises. The upgrade is a flow: a total of the tier (`规上工业企业总数达到1500家`) is no
/// count of it. The step is filed under the count's name (the label is a slogan, no tier's name).
enum UpgradeLinkCounts {
  /// The link of `steps` whose upgrade the metric counts, when one link alone.
  static func step(for metric: String, among steps: [String]) -> String? {
    let plain = RestatedChains.plain(metric)
    // A total of a tier (`规上工业企业总数`) is no count of an upgrade.
    guard plain.hasSuffix("企业") || plain.hasSuffix("户") else { return nil }
    // A pool of enterprises yet to make the upgrade (`上市后备企业`, `拟上市企业`) makes none.
    guard !poolWords.contains(where: plain.contains) else { return nil }
    // A ladder stated again (the notice's title, the plan's) names its links again: one link.
    let matching = Set(steps).filter { step in
      let link = RestatedChains.plain(step)
      guard LadderLinkLists.isLink(link) else { return false }
      if plain.contains(link) { return true }
      guard let root = risenRoot(of: link) else { return false }
      // The tier risen to closes on enterprises: `上市企业`, not `上市后备…` nor `上市公司股票…`.
      return risenClosings.contains { plain.contains(root + $0) }
    }
    return matching.count == 1 ? matching.first : nil
  }

  /// `小升规` → `规上`, `规改股` → `股份制`: the tier the link rises to, without `工业企业`/`企业`.
  static func risenRoot(of link: String) -> String? {
    guard let end = link.last, let tier = LadderUpgrades.tiers[end] else { return nil }
    var root = RestatedChains.plain(tier)
    for closing in ["工业企业", "企业"] where root.hasSuffix(closing) {
      root.removeLast(closing.count)
      break
    }
    return root.count >= 2 ? root : nil
  }

  /// Words of a pool of enterprises yet to make an upgrade (`上市后备企业`, `拟上市企业`).
  static let poolWords = ["后备", "拟", "入库", "培育库"]

  /// What follows the root of the tier risen to in a count of the enterprises making the upgrade
  /// (`上市企业`, `规上工业企业`, `股份制改造企业`).
  static let risenClosings = ["企业", "工业企业", "公司", "改造", "改制"]

  /// Words of a flow (`新增规上工业企业达到90家`): a count of upgrades, whatever verb closes it.
  static let flowWords = ["新增", "新培育", "完成", "累计新增"]

  /// Words that state a level of a tier (`规上企业达到120家`), no count of an upgrade to it.
  static let levelWords = ["达到", "保持", "稳定", "突破", "超过"]

  /// Whether the count counts the step: any count counts a tier's step; an upgrade's only a
  /// count of enterprises making it — one quoting the link, or not stating a level.
  static func counts(_ candidate: GoalCandidate, step: String) -> Bool {
    let link = RestatedChains.plain(step)
    guard LadderLinkLists.isLink(link) else { return true }
    if RestatedChains.plain(candidate.metric).contains(link) { return true }
    // `新增规上工业企业达到90家`: a flow counted, though a level's verb closes it.
    let flowTexts = [candidate.sourceText] + candidate.goal.qualifiers
    if flowTexts.contains(where: { text in flowWords.contains(where: text.contains) }) {
      return true
    }
    return !candidate.goal.qualifiers.contains { qualifier in
      levelWords.contains(where: qualifier.contains)
    }
  }

  /// The name to file a link's step under: its count's metric.
  static func fileName(step: String, metric: String) -> String? {
    guard LadderLinkLists.isLink(RestatedChains.plain(step)),
      Self.step(for: metric, among: [step]) != nil
    else { return nil }
    return metric
  }
}
