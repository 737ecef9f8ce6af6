import PlanModel

/// Scale resolution, run once the clusters are named: every output figure in 亿元 the text
/// links to a cluster is gathered — by the cluster's name as the metric's subject
/// (`X产业产值达到300亿元`, `X产业链营业收入2026年达到500亿元、…2028年达到720亿元`, a `分别` list's
/// `A、B产值分别达到60亿元、45亿元`, a table row `X 420 500 600 720`, `做大X主导产业` then
/// `产业产值…`), or by the anaphora of the cluster's own item (`(一)X产业集群` then
/// `集群营业收入突破1000亿元`, `产业产值`, `全链营业收入`) — and one policy chooses the scale:
/// the latest year's figure (a goal without a year is the plan's end year's, a year beyond the
/// plan's only when no other is given); at equal years the cluster's own item's before a
/// summary line's; a stated figure before a class (`百亿级` only ranks). A starting figure is
/// never a goal, so never a scale. The chosen figure (and that figure restated) is the scale,
/// not also a target; the earlier years' figures stay targets.
struct ClusterScaleResolution {
  /// The plan's body paragraphs, as the rules read them.
  let paragraphs: [String]
  /// The plan's headings: whose item a paragraph stands in.
  let outline: OutlineRecogniser
  /// The plan's end year: the year of a goal that states none.
  let endYear: Int
  /// The paragraphs looking beyond the plan's years (`OutlookGoals`): their figures are no scale.
  var outlooks: Set<Int> = []
  /// The one industry the plan is about (`PlanIndustry`): its total is the plan's, no scale.
  var planIndustry: String?
  /// The plan's tables, each with the paragraph it stands after (`TableClusterParts`).
  var tables: [(table: DocumentTable, paragraph: Int)] = []

  /// A target figure linked to a cluster.
  struct Link {
    var target: Int
    var cluster: Int
    var figure: Figure
    var paragraph: Int
    /// True when the figure stands in the cluster's own item.
    var own: Bool
    var year: Int
  }

  /// The clusters with their scales chosen, and the targets that became a scale (or a part).
  func resolve(_ clusters: [DraftCluster], targets: [TextReading.PlacedGoal]) -> (
    clusters: [DraftCluster], consumed: Set<Int>
  ) {
    var clusters = clusters
    let links = links(of: clusters, targets: targets)
    var consumed: Set<Int> = []
    for index in clusters.indices {
      let own = links.filter { $0.cluster == index }
      guard let best = own.max(by: { rank($0) < rank($1) }) else { continue }
      if replaces(best, clusters[index]) {
        var scale = best.figure
        scale.qualifiers = scale.qualifiers.filter { $0 != "达到" }
        clusters[index].scale = scale
        clusters[index].scaleIsClass = false
        clusters[index].sharesScale = false
        clusters[index].scaleParagraph = best.paragraph
        clusters[index].sourceText = targets[best.target].candidate.sourceText
        if !clusters[index].review.contains(.clusterScaleFromOutput) {
          clusters[index].review.append(.clusterScaleFromOutput)
        }
      }
      guard let scale = clusters[index].scale, !clusters[index].scaleIsClass else { continue }
      // The scale's figure, wherever restated, is no target of its own.
      consumed.formUnion(
        own.filter { link in
          link.figure.threshold == scale.threshold
            && (link.figure.year == nil || scale.year == nil || link.figure.year == scale.year)
        }.map(\.target))
    }
    let parts = ClusterScaleParts(paragraphs: paragraphs, resolution: self)
    return parts.adding(to: clusters, links: links, targets: targets, consumed: consumed)
  }

  /// The order of the policy: a year within the plan before one beyond it, then the later year,
  /// then the cluster's own item before a summary line.
  func rank(_ link: Link) -> (Int, Int, Int, Int) {
    let within = link.year <= endYear
    return (within ? 1 : 0, within ? link.year : -link.year, link.own ? 1 : 0, -link.target)
  }

  /// Whether the figure chosen replaces the scale the cluster's mentions gave.
  func replaces(_ best: Link, _ cluster: DraftCluster) -> Bool {
    guard let held = cluster.scale, let heldValue = held.threshold else { return true }
    // A scale shared by a listed count, or read from an outlook, gives way to the cluster's own.
    if cluster.sharesScale
      || looksBeyond(cluster.sourceText, in: cluster.scaleParagraph ?? cluster.paragraph)
    {
      return true
    }
    // A class only ranks: a figure of its paragraph at or over it, or of its order elsewhere.
    if cluster.scaleIsClass, let figure = best.figure.threshold {
      guard best.paragraph == (cluster.scaleParagraph ?? cluster.paragraph) else {
        return ClassNamedClusters.isOfClass(figure, rank: heldValue)
      }
      return figure >= heldValue
    }
    let heldYear = held.year ?? endYear
    guard best.year <= endYear, best.figure.threshold != heldValue else { return false }
    // A held figure beyond the plan's years gives way to one within them.
    return best.year > heldYear || heldYear > endYear
  }

  /// Every target in 亿元 linked to a cluster by its name or its item.
  func links(of clusters: [DraftCluster], targets: [TextReading.PlacedGoal]) -> [Link] {
    let names = clusters.map(\.matchName)
    var links: [Link] = []
    for (index, placed) in targets.enumerated() {
      let goal = placed.candidate.goal
      guard goal.unit == "亿元", goal.kind == .absolute, placed.candidate.place == nil,
        let figure = goal.target, figure.threshold != nil, goal.baseline?.value != figure.value,
        !OutlookGoals.isOutlook(placed, outlooks: outlooks), !looksBeyond(placed)
      else { continue }
      let nearest = self.owner(of: placed.paragraph, names: names, climbs: false)
      let owner = owner(of: placed.paragraph, names: names)
      let metric = Self.subject(placed.candidate.metric)
      // A bare output (`产值达到300亿元`) is the cluster's only directly under its heading, not
      // under a sub-item of it (`1.整机制造。到2028年,产值达到300亿元`).
      let cluster =
        Self.named(in: metric, names: names)
        ?? (Self.isBareOutput(metric) ? nearest : nil)
      guard let cluster, names[cluster] != planIndustry else { continue }
      links.append(
        Link(
          target: index, cluster: cluster, figure: figure, paragraph: placed.paragraph,
          own: owner == cluster,
          year: figure.year ?? endYear))
    }
    return links
  }

  /// `…还对更长时期作了展望:到2030年,…X产业迈上千亿级台阶`: a goal its paragraph's words before it
  /// put beyond the plan's own years (`OutlookGoals.words`).
  func looksBeyond(_ placed: TextReading.PlacedGoal) -> Bool {
    looksBeyond(placed.candidate.sourceText, in: placed.paragraph)
  }

  /// Whether the words of its clause before a figure's text put it beyond the plan's years: from
  /// the last sentence's end before it (`展望:到2030年,…` reaches on to the figure; a `展望` of an
  /// earlier sentence of the paragraph does not).
  func looksBeyond(_ sourceText: String, in paragraph: Int) -> Bool {
    guard paragraph < paragraphs.count else { return false }
    let text = paragraphs[paragraph]
    guard let found = text.textRange(of: sourceText) else { return false }
    let before = text[..<found.lowerBound]
    let head =
      before.lastIndex(where: Self.sentenceEnds.contains).map {
        before[before.index(after: $0)...]
      } ?? before
    return OutlookGoals.words.contains { head.contains($0) }
  }

  /// The marks that end the clause an outlook's word reaches over.
  static let sentenceEnds: Set<Character> = ["。", "；", ";", "！", "？", "!", "?"]

  /// The cluster whose own item a paragraph stands in: the nearest heading over it that names
  /// one cluster (the longest name it holds).
  /// With `climbs` false, only the nearest heading is asked.
  func owner(of paragraph: Int, names: [String], climbs: Bool = true) -> Int? {
    guard paragraph < outline.placeKeys.count else { return nil }
    var current = outline.placeKeys[paragraph].flatMap(outline.heading)
    while let heading = current {
      let named = names.indices.filter { !names[$0].isEmpty && heading.title.contains(names[$0]) }
      if let longest = named.max(by: { names[$0].count < names[$1].count }) {
        // Two names neither of which holds the other: a heading over several clusters.
        let apart = named.contains { !names[longest].contains(names[$0]) }
        return apart ? nil : longest
      }
      guard climbs else { return nil }
      current = heading.parent.flatMap(outline.heading)
    }
    return nil
  }

  /// The metric without a trailing year (`X产业链营业收入2026年`) or the region's prefix.
  static func subject(_ metric: String) -> String {
    var text = Substring(metric)
    if text.hasSuffix("年") {
      let digits = text.dropLast().reversed().prefix(while: PlanTextCharacters.isDigit).count
      if digits == 4 { text = text.dropLast(5) }
    }
    var name = String(text)
    if let place = StartingIndustry.regionPrefixes.first(where: name.hasPrefix) {
      name.removeFirst(place.count)
    }
    return name
  }

  /// The cluster a metric names as its subject: its name, then nothing but an output's words
  /// (`产业产值`, `主导产业集群营业收入`); the longest name when several stand in it. A name after a
  /// list mark (`A、B产值`) is one of several subjects: a sum, no one cluster's.
  static func named(in metric: String, names: [String]) -> Int? {
    var found: (index: Int, length: Int)?
    for (index, name) in names.enumerated() where name.count >= 2 {
      guard let range = metric.textRange(of: name, backwards: true),
        isOutputRest(metric[range.upperBound...])
      else { continue }
      if let mark = metric[..<range.lowerBound].last, "、和与及,".contains(mark) { continue }
      if name.count > (found?.length ?? 0) { found = (index, name.count) }
    }
    return found?.index
  }

  /// The words an output figure's metric ends in after its industry's name.
  static let outputWords = [
    "产值", "工业产值", "总产值", "营业收入", "主营业务收入", "销售收入", "营收", "规模", "产业规模",
  ]
  /// What may stand between a name and its output word.
  static let linkWords = [
    "相关产业", "全产业链", "产业集群", "产业链", "产业", "集群", "板块", "行业", "全链", "链",
  ]

  /// Nothing, or a tier word, a link word and an output word (`主导产业产值`, `集群营业收入`).
  static func isOutputRest(_ rest: Substring) -> Bool {
    var text = rest
    if text.isEmpty { return true }
    if let tier = ClusterPatterns.tierWords.first(where: { text.hasPrefix($0) }) {
      text = text.dropFirst(tier.count)
    }
    if let link = linkWords.first(where: { text.hasPrefix($0) }) {
      text = text.dropFirst(link.count)
      // `X产业集群力争突破千亿元`: the cluster itself reaches the figure.
      if text.isEmpty { return true }
    }
    return outputWords.contains(String(text))
  }

  /// A metric that is an output's words alone (`集群营业收入`, `该产业产值`, `产值`): the output
  /// of the item's own cluster.
  static func isBareOutput(_ metric: String) -> Bool {
    var text = Substring(metric)
    for word in ["该", "全"] where text.hasPrefix(word) && text.count > 3 {
      text = text.dropFirst(word.count)
    }
    return !text.isEmpty && isOutputRest(text)
  }
}
