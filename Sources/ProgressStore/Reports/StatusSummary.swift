import PlanModel

/// `plandash status`: measure counts by status for each region, then for each of its
/// clusters (sub-clusters included), then for the measures tied to no cluster.
public enum StatusSummary {
  public struct Line: Hashable, Sendable {
    /// The region or cluster id; `nil` for the measures tied to no cluster.
    public var id: String?
    public var name: String
    /// 0 for a region, 1 for a cluster, 2 for a sub-cluster …
    public var depth: Int
    public var counts: StatusCounts
  }

  public static func lines(
    catalog: Catalog, snapshot: ProgressSnapshot, region: String? = nil
  ) -> [Line] {
    var lines: [Line] = []
    for plan in catalog.plans where region == nil || plan.region.id == region {
      lines.append(
        Line(
          id: plan.region.id, name: plan.region.name, depth: 0,
          counts: StatusCounts(plan.measures, in: snapshot)))
      let depths = clusterDepths(plan)
      for cluster in plan.clusters {
        lines.append(
          Line(
            id: cluster.id, name: cluster.name, depth: 1 + (depths[cluster.id] ?? 0),
            counts: StatusCounts(catalog.measures(ofCluster: cluster.id), in: snapshot)))
      }
      let loose = plan.measures.filter { $0.clusters.isEmpty }
      if !loose.isEmpty {
        lines.append(
          Line(id: nil, name: "(no cluster)", depth: 1, counts: StatusCounts(loose, in: snapshot)))
      }
    }
    return lines
  }

  private static func clusterDepths(_ plan: Plan) -> [String: Int] {
    let parents = Dictionary(
      plan.clusters.map { ($0.id, $0.parent) }, uniquingKeysWith: { first, _ in first })
    var depths: [String: Int] = [:]
    for cluster in plan.clusters {
      var depth = 0
      var current = cluster.parent
      while let parent = current, depth < plan.clusters.count {
        depth += 1
        current = parents[parent] ?? nil
      }
      depths[cluster.id] = depth
    }
    return depths
  }
}
