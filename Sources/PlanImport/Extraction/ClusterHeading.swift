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

  /// A heading that is a cluster's name with its tier in brackets after it:
  /// `(一)船舶装备集群(主导集群)`, `(四)柔性电子集群(未来产业)`, `2.绿色建材(特色)` →
  /// (`船舶装备`, `主导`). The name may join two words (`船舶与海洋工程装备`), not list them.
  /// A verb may open it when the cluster's noun closes the name (`壮大装备制造集群(支柱)`:
  /// `VerbedTierTitle`).
  static func bracketed(_ title: String) -> (name: String, tier: String)? {
    let text = PlanTextCharacters.unquoted(title)
    guard text.hasSuffix(")"), let open = text.textRange(of: "(", backwards: true) else {
      return nil
    }
    var bracket = text[open.upperBound..<text.index(before: text.endIndex)]
    // `(主导集群)`, `(未来产业)`, or the tier alone, `(新兴)`.
    if let noun = ["产业集群", "集群", "产业"].first(where: bracket.hasSuffix) {
      bracket = bracket.dropLast(noun.count)
    }
    guard let tier = ClusterPatterns.tierWords.first(where: { $0 == bracket }) else { return nil }
    var name = text[..<open.lowerBound]
    let verbed = VerbedTierTitle.droppingVerbs(&name)
    // `汽车零部件产业链(主导)` names the cluster `汽车零部件`, as `…产业` does.
    let end = ["产业集群", "集群", "产业链", "产业"].first(where: name.hasSuffix)
    if let end { name = name.dropLast(end.count) }
    guard name.count >= 2, name.count <= longestName, name.allSatisfy(PlanTextCharacters.isHan),
      !verbed || VerbedTierTitle.namesOne(name, closedBy: end)
    else { return nil }
    return (String(name), tier)
  }

  /// Under a heading about building industrial clusters (`二、加快产业集群建设`), a task heading
  /// developing one industry or economy names a cluster without a tier: `8.培育储能电池产业` →
  /// `储能电池`, `9.布局低空经济` → `低空经济`. Not under any other heading (`(二)发展X产业` in a
  /// chapter of reforms is work to do).
  static func developed(_ title: String, under parent: String) -> String? {
    guard parent.contains("集群") else { return nil }
    if let name = ClusterPatterns.named(in: Substring(title)).last, title.hasSuffix("产业") {
      return name
    }
    var name = Substring(PlanTextCharacters.unquoted(title))
    guard name.hasSuffix("经济"), let verb = verbs.first(where: name.hasPrefix) else { return nil }
    name = name.dropFirst(verb.count)
    guard name.count >= 4, name.count <= longestName, name.allSatisfy(PlanTextCharacters.isHan)
    else { return nil }
    return String(name)
  }

  /// A heading that is only an industrial chain's name (`(一)工业母机产业链`, `2.“高端医疗器械”
  /// 产业链`, `二、智能家电及配件产业链`) names that chain's industry as a cluster, without a tier.
  /// Not two chains joined (`A和B产业链`): `及` joins only what completes one industry
  /// (`及零部件`, `及配套`).
  static func chain(_ title: String) -> String? {
    let text = Substring(PlanTextCharacters.unquoted(title))
    guard text.hasSuffix("产业链") else { return nil }
    let name = text.dropLast(3)
    let joined = completingWords.first { name.hasSuffix("及" + $0) }.map {
      name.dropLast($0.count + 1)
    }
    let head = joined ?? name
    guard head.count >= 2, head.count <= longestName, name.count <= ClusterAssembly.longestName,
      name.allSatisfy(PlanTextCharacters.isHan), !verbs.contains(where: name.hasPrefix),
      !head.contains(where: { "和及与".contains($0) })
    else { return nil }
    return String(name)
  }

  /// What `及` adds to an industry's name to complete it, not another industry: `汽车及零部件`.
  static let completingWords = ["零部件", "零配件", "配件", "配套", "关键零部件", "核心部件", "制品", "深加工"]

  /// What a paragraph developing one industry names its output by (`营业收入达到95亿元` under
  /// `(一)X产业链`): X's output, read as `X产业营业收入`.
  static let outputWords: Set<String> = ["营业收入", "产值", "总产值", "产业规模", "规模", "主营业务收入"]

  /// The metric naming the industry's own output: `产业规模` → `X产业规模`, `营业收入` →
  /// `X产业营业收入`; nil for any other metric.
  static func industryMetric(_ written: String, industry: String) -> String? {
    // `营业收入2027年…`, `产业链规上工业产值`: the output in its plain form (`OutputMetricForms`).
    let metric = OutputMetricForms.plain(written)
    // `产业链产值达到450亿元` in the paragraph of X's chain: X's output.
    if metric.hasPrefix("产业链"), outputWords.contains(String(metric.dropFirst(3))) {
      return industry + "产业" + metric.dropFirst(3)
    }
    if metric.hasPrefix("产业") { return industry + metric }
    // `集群产值达到420亿元` in the paragraph a cluster's heading opens: that cluster's output.
    if metric.hasPrefix("集群"), outputWords.contains(String(metric.dropFirst(2))) {
      return industry + "产业" + metric
    }
    // `X整机及核心零部件产业规模` in X's paragraph: X widened by its parts, X's output.
    if metric.hasPrefix(industry), let range = metric.textRange(of: "产业", backwards: true),
      range.lowerBound > metric.index(metric.startIndex, offsetBy: industry.count),
      outputWords.contains(String(metric[range.upperBound...]))
    {
      return industry + "产业" + metric[range.upperBound...]
    }
    // `X产值达到110亿元` in X's paragraph, `产业` left out: X's output.
    if metric.hasPrefix(industry), outputWords.contains(String(metric.dropFirst(industry.count))) {
      return industry + "产业" + metric.dropFirst(industry.count)
    }
    return outputWords.contains(metric) ? industry + "产业" + metric : nil
  }
}
