/// A task heading that names its own cluster and tier: `(三)培育储能新兴产业`,
/// `2.壮大纺织服装支柱产业集群` → (`储能`, `新兴`). Not a heading naming a tier alone
/// (`做大做强主导产业集群`), a count of them (`做强三大主导产业`) or a way of doing it
/// (`集聚发展主导产业`: what stands before the tier ends in a verb).
enum ClusterHeading {
  static let verbs = [
    "培育", "壮大", "做强", "做优", "做大", "做精", "做实", "发展", "提升", "打造", "巩固", "加快", "推动", "聚力",
    "升级", "突破", "布局", "大力", "前瞻", "积极", "提质", "推进", "促进", "引进", "集聚", "引领",
  ]
  static let longestName = 10

  static func named(_ title: String) -> (name: String, tier: String)? {
    var text = Substring(PlanTextCharacters.unquoted(title))
    guard let end = ["产业集群", "产业"].first(where: text.hasSuffix) else { return nil }
    text = text.dropLast(end.count)
    guard let tier = ClusterPatterns.tierWords.first(where: text.hasSuffix) else { return nil }
    var name = text.dropLast(tier.count)
    while let verb = verbs.first(where: name.hasPrefix) { name = name.dropFirst(verb.count) }
    guard name.count >= 2, name.count <= longestName,
      !name.contains(where: { "、和及与".contains($0) || PlanTextCharacters.isDigit($0) }),
      // `集聚发展主导产业`, `引进培育新星产业`: a verb phrase before the tier, no name.
      !verbs.contains(where: name.hasSuffix),
      !(name.hasSuffix("大") && name.dropLast().last.map(ChineseNumber.isNumeral) == true)
    else { return nil }
    return (String(name), tier)
  }
}
