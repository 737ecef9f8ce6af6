/// The model's rules for a set of plans: ids well formed and unique, years in range, units
/// known, links resolved, ranges ordered. Every violation points at its field.
public enum PlanRules {
  /// Checks every plan alone and the set as a whole (unique ids, links across files).
  public static func check(_ plans: [Plan]) -> [PlanViolation] {
    checkPlans(plans, at: 0..<plans.count) + checkAcross(Catalog(plans: plans))
  }

  /// Each plan's own checks for the plans at `indices`; with `checkAcross`, what `check`
  /// does. (A caller may run parts in parallel; the model itself starts no threads.)
  public static func checkPlans<Indices: Sequence<Int>>(
    _ plans: [Plan], at indices: Indices
  ) -> [PlanViolation] {
    var found: [PlanViolation] = []
    for index in indices {
      var checker = SinglePlanChecker(planIndex: index, plan: plans[index])
      checker.run()
      found += checker.found
    }
    return found
  }

  /// Unique ids and resolved links across plans, using the catalog's id index.
  public static func checkAcross(_ catalog: Catalog) -> [PlanViolation] {
    var found: [PlanViolation] = []
    let plans = catalog.plans
    for (index, plan) in plans.enumerated() {
      if let first = catalog.planIndex(forRegion: plan.region.id), first != index {
        found.append(
          PlanViolation(
            planIndex: index, path: ["region", "id"],
            message: RuleText.duplicateRegionID(plan.region.id),
            firstDefinedAt: PlanPlace(planIndex: first, path: ["region", "id"])))
      }
    }
    for duplicate in catalog.duplicates {
      found.append(
        PlanViolation(
          planIndex: duplicate.again.plan, path: duplicate.again.idPath,
          message: RuleText.duplicateID(duplicate.id),
          firstDefinedAt: PlanPlace(planIndex: duplicate.first.plan, path: duplicate.first.idPath)))
    }
    let isCluster: (ItemKind) -> Bool = { $0 == .cluster }
    let isGoal: (ItemKind) -> Bool = { $0 == .target || $0 == .indicator }
    for (index, plan) in plans.enumerated() {
      func need(
        _ id: String?, _ accepts: (ItemKind) -> Bool, what: RuleText.LinkKind,
        at path: @autoclosure () -> [String]
      ) {
        guard let id else { return }
        if let kind = catalog.address(of: id)?.kind, accepts(kind) { return }
        found.append(
          PlanViolation(planIndex: index, path: path(), message: RuleText.unknownLink(what, id)))
      }
      if let parentID = plan.region.parentID, catalog.planIndex(forRegion: parentID) == nil {
        found.append(
          PlanViolation(
            planIndex: index, path: ["region", "parent_id"],
            message: RuleText.unknownLink(.region, parentID)))
      }
      for (i, cluster) in plan.clusters.enumerated() {
        need(cluster.parent, isCluster, what: .cluster, at: ["clusters", "\(i)", "parent"])
        if cluster.parent == cluster.id {
          found.append(
            PlanViolation(
              planIndex: index, path: ["clusters", "\(i)", "parent"],
              message: RuleText.ownParent))
        }
      }
      for (i, target) in plan.targets.enumerated() {
        need(target.cluster, isCluster, what: .cluster, at: ["targets", "\(i)", "cluster"])
      }
      for (i, indicator) in plan.indicators.enumerated() {
        need(
          indicator.cluster, isCluster, what: .cluster, at: ["indicators", "\(i)", "cluster"])
      }
      // By index: iterating the measures themselves would copy each one.
      for i in plan.measures.indices {
        for (j, id) in plan.measures[i].clusters.enumerated() {
          need(id, isCluster, what: .cluster, at: ["measures", "\(i)", "clusters", "\(j)"])
        }
        for (j, id) in plan.measures[i].targets.enumerated() {
          need(
            id, isGoal, what: .goal,
            at: ["measures", "\(i)", "targets", "\(j)"])
        }
      }
    }
    return found
  }
}
