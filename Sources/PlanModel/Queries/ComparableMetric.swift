/// A figure that different plans name differently but that is the same thing — so that a
/// comparison view can line up 规模以上工业企业 (巴中), 规模以上企业 (通城) and 规上企业 across
/// regions. A name matches when it contains one of the patterns and its unit is one of the
/// metric's units (which keeps 规模以上工业企业营业收入, in 亿元, out of the enterprise count).
public struct ComparableMetric: Hashable, Sendable {
  public var key: String
  /// A short Chinese name for the metric.
  public var name: String
  public var patterns: [String]
  /// Accepted units; empty accepts any.
  public var units: Set<String>

  public func matches(name text: String, unit: String?) -> Bool {
    guard patterns.contains(where: { text.contains($0) }) else { return false }
    return units.isEmpty || unit.map(units.contains) == true
  }
}

/// The metrics the comparison view knows to line up across plans.
public enum ComparableMetrics {
  static let counts: Set<String> = ["家", "户", "个"]

  public static let all: [ComparableMetric] = [
    ComparableMetric(key: "tax-per-mu", name: "亩均税收", patterns: ["亩均税收"], units: []),
    ComparableMetric(
      key: "revenue-per-mu", name: "亩均营业收入", patterns: ["亩均营业收入", "亩均产出"], units: []),
    ComparableMetric(
      key: "land-output", name: "单位工业用地产出", patterns: ["单位工业用地产出", "工业用地产出"], units: []),
    ComparableMetric(
      key: "energy-intensity", name: "单位增加值能耗",
      patterns: ["单位增加值能耗", "单位工业增加值能耗", "万元工业增加值能耗"], units: []),
    ComparableMetric(
      key: "above-scale-enterprises", name: "规上工业企业",
      patterns: ["规模以上工业企业", "规上工业企业", "规上企业", "规模以上企业"], units: counts),
    ComparableMetric(
      key: "rd-intensity", name: "研发投入强度",
      patterns: ["研发投入强度", "研发经费投入强度", "研究与试验发展经费内部支出占营业收入比重"], units: ["%"]),
    ComparableMetric(
      key: "industrial-value-added", name: "工业增加值", patterns: ["工业增加值"],
      units: ["亿元", "万亿元", "倍"]),
    ComparableMetric(
      key: "high-tech-enterprises", name: "高新技术企业", patterns: ["高新技术企业", "高新技术公司"],
      units: counts.union(["万家"])),
    ComparableMetric(key: "little-giants", name: "专精特新“小巨人”企业", patterns: ["小巨人"], units: counts),
    ComparableMetric(key: "single-champions", name: "单项冠军", patterns: ["单项冠军"], units: counts),
  ]

  /// The metric a figure with this name and unit is, if any.
  public static func metric(name: String, unit: String?) -> ComparableMetric? {
    all.first { $0.matches(name: name, unit: unit) }
  }
}

/// The level of recognition a name states (国家级, 省级, 市级, 县级 专精特新“小巨人”): figures of
/// different levels are different metrics and are never lined up. A name without a level
/// is the national one (专精特新“小巨人”, 单项冠军 and 高新技术企业 unqualified are national
/// designations).
public enum RecognitionLevel: Int, Hashable, Sendable {
  case national, provincial, municipal, county

  public init(name: String) {
    if name.contains("省级") {
      self = .provincial
    } else if name.contains("市级") {
      self = .municipal
    } else if name.contains("县级") || name.contains("区级") {
      self = .county
    } else {
      self = .national
    }
  }
}

extension Catalog {
  /// The name and unit of a target, indicator or ladder tier.
  func nameAndUnit(of id: String) -> (name: String, unit: String?)? {
    if let target = target(id) { return (target.metric, target.goal.unit) }
    if let indicator = indicator(id) { return (indicator.name, indicator.goal.unit) }
    if let tier = tier(id) { return (tier.name, tier.unit) }
    return nil
  }

  /// How a comparison names an item: a target's metric, an indicator's name, or a tier as
  /// `ladder › tier`.
  public func comparisonName(of id: String) -> String? {
    if let tier = tier(id), let address = address(of: id) {
      let ladder = plan(at: address.plan).ladders.first { $0.tiers.contains { $0.id == id } }
      return ladder.map { $0.name + " › " + tier.name } ?? tier.name
    }
    return nameAndUnit(of: id)?.name
  }

  /// The same figure in every loaded region, for a comparison across regions: items that
  /// are the same `ComparableMetric`, else items with the same name or the same id after the
  /// region part — and always of the same `RecognitionLevel` (a 省级 tier never beside a
  /// 国家级 or unqualified one). An item whose unit is blank matches by its exact name (the
  /// metric's unit check cannot apply to it). At most one per region (the first in file
  /// order); the item's own region uses the item itself.
  public func comparableItems(to id: String) -> [(regionID: String, id: String)] {
    if let cluster = cluster(id) { return comparableClusters(to: cluster) }
    guard let own = nameAndUnit(of: id) else { return [] }
    let metric = ComparableMetrics.metric(name: own.name, unit: own.unit)
    let level = RecognitionLevel(name: own.name)
    let suffix = id.split(separator: ".", maxSplits: 1).last.map(String.init) ?? id
    let ownRegion = regionID(of: id)
    var result: [(String, String)] = []
    for plan in plans {
      if plan.region.id == ownRegion {
        result.append((plan.region.id, id))
        continue
      }
      let candidates: [(id: String, name: String, unit: String?)] =
        plan.targets.map { ($0.id, $0.metric, $0.goal.unit) }
        + plan.indicators.map { ($0.id, $0.name, $0.goal.unit) }
        + plan.ladders.flatMap { $0.tiers.map { ($0.id, $0.name, $0.unit) } }
      let match = candidates.first { candidate in
        guard RecognitionLevel(name: candidate.name) == level else { return false }
        if candidate.name == own.name && (candidate.unit == nil || own.unit == nil) {
          return true
        }
        if let metric { return metric.matches(name: candidate.name, unit: candidate.unit) }
        return candidate.name == own.name
          || candidate.id.split(separator: ".", maxSplits: 1).last.map(String.init) == suffix
      }
      if let match { result.append((plan.region.id, match.id)) }
    }
    return result
  }

  /// Clusters of the same industry in every region: the same name once 产业集群, 集群 and 产业
  /// are taken off its end (巴中's 电子信息产业, 成都's and 通城's 电子信息).
  func comparableClusters(to cluster: Cluster) -> [(regionID: String, id: String)] {
    let own = Self.industryName(cluster.name)
    let ownRegion = regionID(of: cluster.id)
    var result: [(String, String)] = []
    for plan in plans {
      if plan.region.id == ownRegion {
        result.append((plan.region.id, cluster.id))
      } else if let match = plan.clusters.first(where: { Self.industryName($0.name) == own }) {
        result.append((plan.region.id, match.id))
      }
    }
    return result
  }

  /// A cluster's name without the words that only say it is a cluster.
  static func industryName(_ name: String) -> String {
    var text = name
    for suffix in ["产业集群", "集群", "产业"] where text.hasSuffix(suffix) && text.count > suffix.count {
      text.removeLast(suffix.count)
      break
    }
    return text
  }
}
