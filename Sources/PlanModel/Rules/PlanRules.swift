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
    let total = plans.reduce(0) { $0 + $1.itemCount }
    // Where each id was first seen: plan index and the item's position (paths are built
    // only for the rare duplicate, not for every one of hundreds of thousands of ids).
    var seen: [String: PlanItemPosition] = [:]
    seen.reserveCapacity(total)
    var clusterIDs = Set<String>()
    var goalIDs = Set<String>()
    var regionIDs: [String: Int] = [:]
    for (index, plan) in plans.enumerated() {
      if let first = regionIDs[plan.region.id] {
        found.append(
          PlanViolation(
            planIndex: index, path: ["region", "id"],
            message: "duplicate region id '\(plan.region.id)' (also in plan \(first + 1))"))
      } else {
        regionIDs[plan.region.id] = index
      }
      plan.forEachItemID { position, id in
        let here = PlanItemPosition(plan: index, item: position)
        if let first = seen.updateValue(here, forKey: id) {
          seen[id] = first
          let whereFirst = first.plan == index ? "" : " in another file"
          found.append(
            PlanViolation(
              planIndex: index, path: position.idPath,
              message:
                "duplicate id '\(id)' (first used at \(first.item.idPath.dropLast().joined(separator: "."))\(whereFirst))"
            ))
        }
      }
      for cluster in plan.clusters { clusterIDs.insert(cluster.id) }
      for target in plan.targets { goalIDs.insert(target.id) }
      for indicator in plan.indicators { goalIDs.insert(indicator.id) }
    }
    let regionIDSet = Set(regionIDs.keys)
    for (index, plan) in plans.enumerated() {
      func need(_ id: String?, in set: Set<String>, what: String, at path: [String]) {
        guard let id, !set.contains(id) else { return }
        found.append(
          PlanViolation(planIndex: index, path: path, message: "unknown \(what) id '\(id)'"))
      }
      need(plan.region.parentID, in: regionIDSet, what: "region", at: ["region", "parent_id"])
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
    plan.forEachItemID { position, id in ids.append((position.idPath, id)) }
    return ids
  }
}
