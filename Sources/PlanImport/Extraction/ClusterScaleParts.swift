import PlanModel

/// `力争到2028年集群营业收入突破1000亿元,其中电芯制造链达到520亿元,锂电材料链达到330亿元`: in a
/// sentence giving a cluster's output figure (naming it, or in the cluster's own item), the
/// figures `其中` opens, each of its own named part (not of the cluster again), are the
/// cluster's parts — clusters with it as parent, each scaled by its figure of the scale's year.
struct ClusterScaleParts {
  let paragraphs: [String]
  let resolution: ClusterScaleResolution

  /// The clusters with their parts after them, and the targets taken (the parts' figures too).
  func adding(
    to clusters: [DraftCluster], links: [ClusterScaleResolution.Link],
    targets: [TextReading.PlacedGoal], consumed: Set<Int>
  ) -> (clusters: [DraftCluster], consumed: Set<Int>) {
    var consumed = consumed
    var parts: [Int: [DraftCluster]] = [:]
    var named = Set(clusters.map(\.matchName))
    let linked = Set(links.map(\.target))
    let names = clusters.map(\.matchName)
    for (cluster, held) in clusters.enumerated() {
      guard let scale = held.scale, !held.scaleIsClass else { continue }
      // The paragraphs of the cluster's own figures and of its own item.
      let places = Set(
        links.filter { $0.cluster == cluster }.map(\.paragraph)
          + targets.map(\.paragraph).filter { resolution.owner(of: $0, names: names) == cluster })
      for paragraph in places.sorted() {
        let own = resolution.owner(of: paragraph, names: names) == cluster
        for index in partFigures(in: paragraph, of: names[cluster], own: own, targets: targets)
        where !linked.contains(index) && !consumed.contains(index) {
          let placed = targets[index]
          guard let name = Self.partName(placed.candidate.metric),
            !named.contains(DraftCluster.matchName(name)),
            var figure = placed.candidate.goal.target,
            (figure.year ?? scale.year) == (scale.year ?? figure.year)
          else { continue }
          figure.qualifiers = figure.qualifiers.filter { $0 != "达到" }
          named.insert(DraftCluster.matchName(name))
          consumed.insert(index)
          parts[cluster, default: []].append(
            DraftCluster(
              name: name, parentName: held.name, scale: figure,
              sourceText: placed.candidate.sourceText, paragraph: paragraph,
              review: [.clusterScaleFromOutput]))
        }
      }
    }
    for (cluster, part) in tableParts(
      of: clusters, targets: targets, consumed: &consumed, named: &named)
    {
      parts[cluster, default: []].append(part)
    }
    var ordered: [DraftCluster] = []
    for (index, cluster) in clusters.enumerated() {
      ordered.append(cluster)
      ordered += parts[index] ?? []
    }
    return (ordered, consumed)
  }

  /// The parts a table lists under a cluster's row (`TableClusterParts`), each scaled by its
  /// row's latest figure within the plan's years (that figure taken from the targets).
  func tableParts(
    of clusters: [DraftCluster], targets: [TextReading.PlacedGoal], consumed: inout Set<Int>,
    named: inout Set<String>
  ) -> [(Int, DraftCluster)] {
    let names = clusters.map(\.matchName)
    var found: [(Int, DraftCluster)] = []
    for (table, paragraph) in resolution.tables {
      for (parent, part) in TableClusterParts.parts(of: table, names: names)
      where !named.contains(DraftCluster.matchName(part)) {
        let rows = targets.indices.filter { index in
          let goal = targets[index].candidate.goal
          return targets[index].paragraph == paragraph && !consumed.contains(index)
            && goal.unit == "亿元" && goal.kind == .absolute && goal.target?.threshold != nil
            && Self.partName(targets[index].candidate.metric) == part
        }
        let ranked = rows.compactMap { index in
          targets[index].candidate.goal.target.map { figure in
            ClusterScaleResolution.Link(
              target: index, cluster: parent, figure: figure, paragraph: paragraph, own: false,
              year: figure.year ?? resolution.endYear)
          }
        }
        guard let best = ranked.max(by: { resolution.rank($0) < resolution.rank($1) }) else {
          continue
        }
        var scale = best.figure
        scale.qualifiers = scale.qualifiers.filter { $0 != "达到" }
        named.insert(DraftCluster.matchName(part))
        consumed.insert(best.target)
        found.append(
          (
            parent,
            DraftCluster(
              name: part, parentName: clusters[parent].name, scale: scale,
              sourceText: targets[best.target].candidate.sourceText, paragraph: paragraph,
              review: [.clusterScaleFromOutput])
          ))
      }
    }
    return found
  }

  /// The targets in 亿元 of a paragraph that stand after `其中` in a sentence whose words before
  /// it give an output figure (`亿元`) of the cluster: naming it, or in its own item.
  func partFigures(in paragraph: Int, of name: String, own: Bool, targets: [TextReading.PlacedGoal])
    -> [Int]
  {
    guard paragraph < paragraphs.count else { return [] }
    let text = paragraphs[paragraph]
    var found: [Int] = []
    var start = text.startIndex
    while start < text.endIndex {
      let end = text[start...].firstIndex(where: { "。;".contains($0) }) ?? text.endIndex
      let sentence = text[start..<end]
      if let mark = sentence.textRange(of: "其中") {
        let before = sentence[..<mark.lowerBound]
        if before.contains("亿元"), own || before.contains(name),
          Self.endsInOutput(before)
        {
          found += targets.indices.filter { index in
            let placed = targets[index]
            guard placed.paragraph == paragraph, placed.candidate.goal.unit == "亿元",
              placed.candidate.goal.kind == .absolute,
              let range = sentence.textRange(of: placed.candidate.sourceText)
            else { return false }
            return range.lowerBound >= mark.lowerBound
          }
        }
      }
      start = end < text.endIndex ? text.index(after: end) : end
    }
    return found
  }

  /// Whether the clause just before `其中` gives an output's figure (`集群营业收入达到300亿元,其中…`),
  /// not an investment's or an export's (`完成固定资产投资120亿元,其中…`).
  static func endsInOutput(_ before: Substring) -> Bool {
    let clause = before.split(whereSeparator: { ",，".contains($0) }).last ?? before
    return ClusterScaleResolution.outputWords.contains(where: clause.contains)
  }

  /// Words a part's name may not end in: an investment's, an export's, a tax's, an amount's.
  static let notPartEndings = ["投资", "出口", "交货值", "税收", "额"]

  /// A part's name: the metric without `其中` and without an output's words after the name.
  static func partName(_ metric: String) -> String? {
    var text = Substring(metric)
    if text.hasPrefix("其中") { text = text.dropFirst(2) }
    for word in ClusterScaleResolution.outputWords.sorted(by: { $0.count > $1.count })
    where text.hasSuffix(word) && text.count > word.count + 1 {
      text = text.dropLast(word.count)
      break
    }
    guard text.count >= 2, text.count <= ClusterAssembly.longestName,
      !text.contains(where: PlanTextCharacters.isDigit),
      !notPartEndings.contains(where: text.hasSuffix)
    else { return nil }
    return ClusterLists.cleanName(String(text))
  }
}
