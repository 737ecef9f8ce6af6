/// The model's rules for a set of plans: ids well formed and unique, years in range, units
/// known, links resolved, ranges ordered. Every violation points at its field.
public enum PlanRules {
  /// Checks every plan alone and the set as a whole (unique ids, links across files).
  public static func check(_ plans: [Plan]) -> [PlanViolation] {
    var found: [PlanViolation] = []
    for (index, plan) in plans.enumerated() {
      var checker = SinglePlanChecker(planIndex: index, plan: plan)
      checker.run()
      found += checker.found
    }
    found += crossCheck(plans)
    return found
  }

  /// Unique ids and resolved links across all plans.
  static func crossCheck(_ plans: [Plan]) -> [PlanViolation] {
    var found: [PlanViolation] = []
    var seen: [String: (plan: Int, path: [String])] = [:]
    var clusterIDs = Set<String>()
    var goalIDs = Set<String>()
    var regionIDs = Set<String>()
    for (index, plan) in plans.enumerated() {
      if let first = seen[plan.region.id] {
        found.append(
          PlanViolation(
            planIndex: index, path: ["region", "id"],
            message: "duplicate region id '\(plan.region.id)' (also in plan \(first.plan + 1))"))
      }
      regionIDs.insert(plan.region.id)
      for (path, id) in itemIDs(of: plan) {
        if let first = seen[id] {
          let whereFirst = first.plan == index ? "" : " in another file"
          found.append(
            PlanViolation(
              planIndex: index, path: path,
              message:
                "duplicate id '\(id)' (first used at \(first.path.dropLast().joined(separator: "."))\(whereFirst))"
            ))
        } else {
          seen[id] = (index, path)
        }
      }
      clusterIDs.formUnion(plan.clusters.map(\.id))
      goalIDs.formUnion(plan.targets.map(\.id))
      goalIDs.formUnion(plan.indicators.map(\.id))
    }
    for (index, plan) in plans.enumerated() {
      func need(_ id: String?, in set: Set<String>, what: String, at path: [String]) {
        guard let id, !set.contains(id) else { return }
        found.append(
          PlanViolation(planIndex: index, path: path, message: "unknown \(what) id '\(id)'"))
      }
      need(plan.region.parentID, in: regionIDs, what: "region", at: ["region", "parent_id"])
      for (i, cluster) in plan.clusters.enumerated() {
        need(cluster.parent, in: clusterIDs, what: "cluster", at: ["clusters", "\(i)", "parent"])
        if cluster.parent == cluster.id {
          found.append(
            PlanViolation(
              planIndex: index, path: ["clusters", "\(i)", "parent"],
              message: "a cluster cannot be its own parent"))
        }
      }
      for (i, target) in plan.targets.enumerated() {
        need(target.cluster, in: clusterIDs, what: "cluster", at: ["targets", "\(i)", "cluster"])
      }
      for (i, indicator) in plan.indicators.enumerated() {
        need(
          indicator.cluster, in: clusterIDs, what: "cluster", at: ["indicators", "\(i)", "cluster"])
      }
      for (i, measure) in plan.measures.enumerated() {
        for (j, id) in measure.clusters.enumerated() {
          need(id, in: clusterIDs, what: "cluster", at: ["measures", "\(i)", "clusters", "\(j)"])
        }
        for (j, id) in measure.targets.enumerated() {
          need(
            id, in: goalIDs, what: "target or indicator",
            at: ["measures", "\(i)", "targets", "\(j)"])
        }
      }
    }
    return found
  }

  /// Every item id in a plan with the path of its `id` key, in file order.
  public static func itemIDs(of plan: Plan) -> [(path: [String], id: String)] {
    var ids: [(path: [String], id: String)] = []
    for (i, item) in plan.targets.enumerated() { ids.append((["targets", "\(i)", "id"], item.id)) }
    for (i, item) in plan.clusters.enumerated() { ids.append((["clusters", "\(i)", "id"], item.id)) }
    for (i, ladder) in plan.ladders.enumerated() {
      ids.append((["ladders", "\(i)", "id"], ladder.id))
      for (j, tier) in ladder.tiers.enumerated() {
        ids.append((["ladders", "\(i)", "tiers", "\(j)", "id"], tier.id))
      }
    }
    for (i, item) in plan.indicators.enumerated() {
      ids.append((["indicators", "\(i)", "id"], item.id))
    }
    for (i, item) in plan.measures.enumerated() { ids.append((["measures", "\(i)", "id"], item.id)) }
    return ids
  }
}
