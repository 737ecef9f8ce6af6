/// A run-in item whose title is only an industry's name (`(二)汽车零部件。围绕…,到2028年营业收入
/// 达到320亿元。`, `二、人工智能。推动…`) under a heading about industries — one naming a tier
/// (`第三节 培育新兴产业`) or the plan's industries as such (`四、产业方向`, `重点产业`): the item
/// names a cluster, and a bare output in its paragraph (`营业收入达到320亿元`) is that cluster's
/// scale, though no sentence names the industry.
enum IndustryItemTitle {
  /// How a heading about the plan's industries ends, when it names no tier.
  static let industryHeadingEnds = ["产业方向", "产业发展方向", "重点产业", "产业发展重点", "产业重点"]

  /// The industry the item at `index` names, and the tier its parent heading names, if any.
  static func industry(_ index: Int, in outline: OutlineRecogniser) -> (
    name: String, tier: String?
  )? {
    guard let line = outline.lines[index], line.runIn,
      let key = outline.placeKeys[index], let parentKey = outline.heading(key)?.parent,
      let parent = outline.heading(parentKey)
    else { return nil }
    let tier = ClusterPatterns.tier(ofHeading: parent.title)
    let title = PlanTextCharacters.unquoted(parent.title)
    guard tier != nil || industryHeadingEnds.contains(where: title.hasSuffix) else { return nil }
    // `1.智能家电产业。` names 智能家电.
    let name = TextReading.runInIndustry(line.title) ?? line.title
    guard name.count >= 2, name.count <= ClusterAssembly.longestName,
      name.allSatisfy(PlanTextCharacters.isHan),
      !TextReading.headingWords.contains(where: name.contains),
      ClusterLists.listedName(name) == name
    else { return nil }
    return (name, tier)
  }
}
