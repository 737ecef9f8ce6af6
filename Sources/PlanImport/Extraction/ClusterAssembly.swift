import Foundation
import PlanModel

/// Merges every mention of a cluster (listed, scaled, or heading a paragraph under a tier
/// heading) into one cluster per name, in the order the text first names them: a later
/// mention fills the scale, tier or units the first one lacked.
enum ClusterAssembly {
  /// The longest lead phrase read as a cluster's name.
  static let longestName = 12

  /// Lead-phrase clusters: a measure paragraph titled by its lead phrase under a heading
  /// that names a tier (`(二)做优做强特色产业集群。` then `智能装备。发展…`).
  static func leadPhraseClusters(
    _ measures: [DraftMeasure], outline: OutlineRecogniser, paragraphs: [String]
  ) -> [DraftCluster] {
    measures.compactMap { measure in
      guard measure.titledByLeadPhrase, measure.title.count <= longestName,
        let tier = TextReading.tier(of: measure.headingKey, in: outline)
      else { return nil }
      let first =
        SentenceSegmenter.sentences(of: measure.text).first.map(String.init) ?? measure.title
      return DraftCluster(
        name: measure.title, tier: tier, units: measure.units, sourceText: first,
        paragraph: measure.paragraph, review: [.clusterTierFromHeading])
    }
  }

  static func merge(_ mentions: [DraftCluster]) -> [DraftCluster] {
    var merged: [DraftCluster] = []
    // In text order; in one paragraph a cluster before the parts it names.
    let ordered = mentions.enumerated().sorted { a, b in
      (a.element.paragraph, a.element.parentName == nil ? 0 : 1, a.offset)
        < (b.element.paragraph, b.element.parentName == nil ? 0 : 1, b.offset)
    }.map(\.element)
    for var mention in ordered {
      // A tier word alone (`主导`) is no cluster; a rank (`世界级`) is not part of a name.
      guard let name = ClusterLists.cleanName(PlanTextCharacters.unquoted(mention.name)) else {
        continue
      }
      mention.name = name
      guard let index = merged.firstIndex(where: { $0.matchName == mention.matchName }) else {
        merged.append(mention)
        continue
      }
      // A scale a listed count shares gives way to the cluster's own; a class, to a figure.
      let weaker = merged[index].sharesScale && !mention.sharesScale
      if merged[index].scale == nil || weaker || Self.outranks(mention, merged[index]),
        let scale = mention.scale
      {
        merged[index].scale = scale
        merged[index].sharesScale = mention.sharesScale
        merged[index].scaleIsClass = mention.scaleIsClass
        merged[index].scaleParagraph = mention.paragraph
        merged[index].sourceText = mention.sourceText
        merged[index].review += mention.review.filter { !merged[index].review.contains($0) }
      }
      if merged[index].tier == nil { merged[index].tier = mention.tier }
      if merged[index].units.isEmpty { merged[index].units = mention.units }
    }
    return merged
  }

  /// `到2028年产值突破120亿元,打造百亿级X产业集群`: in one paragraph, the figure its output
  /// reaches is the cluster's scale; the class it is raised to (`百亿级`) only ranks it.
  /// In another paragraph, only a figure of the class's own order (`打造X百亿级产业集群` and
  /// `X产值达到110亿元`: `ClassNamedClusters.isOfClass`).
  static func outranks(_ mention: DraftCluster, _ held: DraftCluster) -> Bool {
    guard held.scaleIsClass, !mention.scaleIsClass,
      let figure = mention.scale?.threshold, let rank = held.scale?.threshold
    else { return false }
    guard mention.paragraph == (held.scaleParagraph ?? held.paragraph) else {
      return ClassNamedClusters.isOfClass(figure, rank: rank)
    }
    return figure >= rank
  }

  /// `X产业产值突破30亿元`, `X板块产值达到150亿元`: a goal that is a cluster's output scale, and
  /// the cluster's name.
  static func scaleName(of goal: GoalCandidate) -> String? {
    guard goal.goal.unit == "亿元", goal.goal.kind == .absolute else { return nil }
    for word in [
      "产业总产值", "产业产值", "产业规模", "产业营业收入", "产业集群产值", "产业集群规模", "产业集群营业收入",
      // `两大集群产值均突破500亿元`, read for each cluster named before (`SharedStartingFigures`).
      "集群产值", "集群营业收入",
      // `X产业链营业收入突破1000亿元`: a chain the plan develops is a cluster, its output the scale.
      "产业链产值", "产业链营业收入", "产业链规模",
      // `其中厨具板块产值达到150亿元`: a part of a cluster, a cluster of its own.
      "板块产值", "板块营业收入", "板块规模",
      // `上游A、中游B环节产值分别达到…`: a chain segment's (`ChainSegments`).
      "环节产值", "环节营业收入", "环节规模",
    ] {
      if let range = goal.metric.textRange(of: word), range.upperBound == goal.metric.endIndex {
        var name = ChainSegments.withoutSegment(String(goal.metric[..<range.lowerBound]))
        // `全市低空经济产业规模`: the place is no part of the industry's name.
        if let place = StartingIndustry.regionPrefixes.first(where: name.hasPrefix) {
          name.removeFirst(place.count)
        }
        name = PlacePrefixes.withoutPlace(name)
        // `未来产业规模突破360亿元`: a class of industries together, no one cluster's scale.
        guard !ClusterLists.notNames.contains(name), !ClusterNameGate.namesAClass(name[...]) else {
          return nil
        }
        // `人工智能核心产业规模`, `数字经济核心产业`: a statistical aggregate, no cluster.
        guard !name.hasSuffix(aggregateMark) else { return nil }
        return name.count >= 2 && name.count <= longestName && !isClassOfMany(name) ? name : nil
      }
    }
    return nil
  }

  /// How a statistical aggregate of an economy's core industries ends (`X核心产业`).
  static let aggregateMark = "核心"

  /// `六条重点产业链营业收入`, `重点产业链产值`: the output of a class of industries, no one's.
  static func isClassOfMany(_ name: String) -> Bool {
    let words = name.drop(while: { ChineseNumber.isNumeral($0) || PlanTextCharacters.isDigit($0) })
    guard words.count == name.count else { return true }
    return (ClusterPatterns.tierWords + ["重点"]).contains(where: name.hasSuffix)
  }

  static func clusters(
    _ drafts: [DraftCluster], ids: inout DraftIDs, language: Language, headingOf: (Int) -> String?
  ) -> [Cluster] {
    var idByName: [String: String] = [:]
    return drafts.map { draft in
      let id = ids.make("cluster", name: draft.matchName)
      idByName[draft.matchName] = id
      return Cluster(
        id: id, name: draft.name, tier: draft.tier,
        parent: draft.parentName.flatMap { idByName[DraftCluster.matchName($0)] },
        scale: draft.scale, leadUnits: draft.units.lead, responsibleUnits: draft.units.responsible,
        source: SourceRef(
          section: headingOf(draft.paragraph), text: draft.sourceText,
          heading: headingOf(draft.paragraph),
          review: draft.review.map { $0.text(language) }))
    }
  }
}
