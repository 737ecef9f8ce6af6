/// The segments of one industry's chain as its clusters (a single-industry plan): a heading
/// `(一)上游:关键材料与核心部件`, `中游环节——整机制造` names a cluster, its tier the segment as
/// written (`上游`); the short run-in headings under it (`1.航空复合材料。…`) name its parts;
/// `上游A、中游B、下游C环节产值分别达到90亿元、160亿元、150亿元` gives each its scale
/// (`MetricText.industryTails`, `ClusterAssembly.scaleName`).
enum ChainSegments {
  static let segments = ["上游", "中游", "下游"]
  static let longestName = 12

  /// `上游:关键材料与核心部件` → (`关键材料与核心部件`, `上游`).
  static func heading(_ title: String) -> (name: String, tier: String)? {
    guard let segment = segments.first(where: title.hasPrefix) else { return nil }
    var rest = Substring(title).dropFirst(segment.count)
    for word in ["环节", "产业", "领域"] where rest.hasPrefix(word) { rest = rest.dropFirst(word.count) }
    let marks = ":：—-－ \u{3000}"
    guard let first = rest.first, marks.contains(first) else { return nil }
    let name = PlanTextCharacters.trimmed(rest.drop { marks.contains($0) })
    guard name.count >= 2, name.count <= longestName, name.allSatisfy(PlanTextCharacters.isHan)
    else { return nil }
    return (name, segment)
  }

  /// A part under a segment: a short name, no verb's phrase (`航空复合材料`, not `加快招引企业`).
  static func part(_ title: String) -> String? {
    guard title.count >= 2, title.count <= longestName, title.allSatisfy(PlanTextCharacters.isHan),
      !ClusterHeading.verbs.contains(where: title.hasPrefix)
    else { return nil }
    return title
  }

  /// A goal's name without the segment it opens with (`上游关键材料与核心部件` →
  /// `关键材料与核心部件`).
  static func withoutSegment(_ name: String) -> String {
    guard let segment = segments.first(where: name.hasPrefix), name.count > segment.count + 1 else {
      return name
    }
    return String(name.dropFirst(segment.count))
  }
}
