/// Assessments for every target, indicator and ladder tier of a catalog as of one year —
/// the one source the dashboard, the reports and the JSON export read.
public enum CatalogAssessment {
  /// Every assessable item of the catalog (or of one region), in plan order: targets,
  /// indicators, ladder tiers, then clusters with a scale figure (`Cluster.scaleGoal`).
  public static func items(
    catalog: Catalog, snapshot: ProgressSnapshot, asOf: Int, region: String? = nil
  ) -> [AssessedItem] {
    var result: [AssessedItem] = []
    // One region's plan is looked up, not searched for among them all.
    let plans = region.map { catalog.plan(forRegion: $0).map { [$0] } ?? [] } ?? catalog.plans
    for plan in plans {
      let regionID = plan.region.id
      let issued = Schedule.startYear(of: plan.document)
      func assess(_ goal: Goal, id: String) -> Assessment {
        Self.assess(goal, id: id, snapshot: snapshot, asOf: asOf, issueYear: issued)
      }
      for target in plan.targets {
        result.append(
          AssessedItem(
            id: target.id, regionID: regionID, kind: .target, name: target.metric,
            unit: target.goal.unit, figureUnit: target.goal.figureUnit, cluster: target.cluster,
            assessment: assess(target.goal, id: target.id)))
      }
      for indicator in plan.indicators {
        result.append(
          AssessedItem(
            id: indicator.id, regionID: regionID, kind: .indicator, name: indicator.name,
            unit: indicator.goal.unit, figureUnit: indicator.goal.figureUnit,
            cluster: indicator.cluster,
            assessment: assess(indicator.goal, id: indicator.id)))
      }
      for ladder in plan.ladders {
        for tier in ladder.tiers {
          result.append(
            AssessedItem(
              id: tier.id, regionID: regionID, kind: .tier, name: ladder.name + " › " + tier.name,
              unit: tier.unit, figureUnit: tier.unit,
              assessment: assess(tier.goal, id: tier.id)))
        }
      }
      for cluster in plan.clusters {
        guard let goal = cluster.scaleGoal else { continue }
        result.append(
          AssessedItem(
            id: cluster.id, regionID: regionID, kind: .cluster, name: cluster.name,
            unit: goal.unit, figureUnit: goal.unit, cluster: cluster.id,
            assessment: assess(goal, id: cluster.id)))
      }
    }
    return result
  }

  /// The assessment of one item by id (`nil` for an id that is no target, indicator, tier or
  /// cluster with a scale).
  public static func assess(
    id: String, catalog: Catalog, snapshot: ProgressSnapshot, asOf: Int
  ) -> Assessment? {
    guard let goal = catalog.assessableGoal(id) else { return nil }
    let issued = catalog.address(of: id).map {
      Schedule.startYear(of: catalog.plan(at: $0.plan).document)
    }
    return assess(goal, id: id, snapshot: snapshot, asOf: asOf, issueYear: issued)
  }

  /// The plan's issue year (`Schedule.startYear`) is where a base with no plan figure is
  /// taken (`AssessmentBase`).
  static func assess(
    _ goal: Goal, id: String, snapshot: ProgressSnapshot, asOf: Int, issueYear: Int?
  ) -> Assessment {
    GoalAssessor.assess(
      goal, actuals: snapshot.actuals[id] ?? [],
      comparator: goal.kind == .comparator
        ? snapshot.actuals[ComparatorSeries.id(of: id)] ?? [] : [],
      asOf: asOf, issueYear: issueYear)
  }

  /// How many items are in each status.
  public static func counts(_ items: [AssessedItem]) -> [AssessmentStatus: Int] {
    var counts: [AssessmentStatus: Int] = [:]
    for item in items { counts[item.assessment.status, default: 0] += 1 }
    return counts
  }
}

extension LadderTier {
  /// A tier read as a count target: its baseline and target counts, rising.
  public var goal: Goal {
    Goal(
      kind: .count, direction: .up, unit: unit, baseline: baseline, target: target,
      qualifiers: qualifiers)
  }
}
