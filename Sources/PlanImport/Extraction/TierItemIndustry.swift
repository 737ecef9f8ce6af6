/// A run-in item naming only an industry (`1.量子科技。支持…`) under a heading naming a tier of
/// industries (`(二)前瞻布局未来产业`): the item's paragraph develops that industry, so its bare
/// `产业规模` (`产业规模突破30亿元`) is that industry's scale and its lists may name its parts.
enum TierItemIndustry {
  static func industry(_ index: Int, in outline: OutlineRecogniser) -> String? {
    guard let line = outline.lines[index], line.runIn,
      let key = outline.placeKeys[index], let parentKey = outline.heading(key)?.parent,
      let parent = outline.heading(parentKey),
      ClusterPatterns.tier(ofHeading: parent.title) != nil
    else { return nil }
    let title = line.title
    guard title.count >= 2, title.count <= ClusterAssembly.longestName,
      title.allSatisfy(PlanTextCharacters.isHan),
      !TextReading.headingWords.contains(where: title.contains),
      ClusterLists.listedName(title) == title
    else { return nil }
    return title
  }
}
