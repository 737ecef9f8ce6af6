/// All loaded plans with an index from every item id to where it sits; the queries the CLI
/// and the dashboard share. A catalog made from a `PlanShelf` decodes each plan only when
/// first asked for it (`LazyPlans`), and answers every query as one loaded whole would.
public struct Catalog: Sendable {
  private let loaded: [Plan]
  private let addresses: [String: ItemAddress]
  private let regionIndex: [String: Int]
  private let onDemand: LazyPlans?
  /// Ids used more than once: every later use, with the first (the validator reports them).
  public let duplicates: [DuplicateID]

  public init(plans: [Plan]) {
    loaded = plans
    onDemand = nil
    var addresses: [String: ItemAddress] = [:]
    addresses.reserveCapacity(plans.reduce(0) { $0 + $1.itemCount })
    var regionIndex: [String: Int] = [:]
    var duplicates: [DuplicateID] = []
    for p in plans.indices {
      let regionID = plans[p].region.id
      regionIndex[regionID] = regionIndex[regionID] ?? p
      Self.forEachAddress(in: plans[p], number: p) { id, address in
        if let earlier = addresses.updateValue(address, forKey: id) {
          addresses[id] = earlier
          duplicates.append(DuplicateID(id: id, first: earlier, again: address))
        }
      }
    }
    self.addresses = addresses
    self.regionIndex = regionIndex
    self.duplicates = duplicates
  }

  /// A catalog whose plans are decoded from `shelf` when first needed. The shelf's plans
  /// must have loaded cleanly together (as a fresh index's have): it reports no duplicates.
  public init(shelf: any PlanShelf) {
    let onDemand = LazyPlans(shelf: shelf)
    self.onDemand = onDemand
    loaded = []
    addresses = [:]
    regionIndex = onDemand.regionIndex
    duplicates = []
  }

  /// Every item of `plan` (plan number `number`) with its address, in the order a full
  /// load indexes them. By index, reading only each item's id: iterating the items
  /// themselves would copy every one (a measure holds a dozen strings and arrays).
  static func forEachAddress(
    in plan: Plan, number p: Int, _ body: (String, ItemAddress) -> Void
  ) {
    for i in plan.targets.indices {
      body(plan.targets[i].id, ItemAddress(kind: .target, plan: p, index: i))
    }
    for i in plan.clusters.indices {
      body(plan.clusters[i].id, ItemAddress(kind: .cluster, plan: p, index: i))
    }
    for i in plan.ladders.indices {
      body(plan.ladders[i].id, ItemAddress(kind: .ladder, plan: p, index: i))
      for j in plan.ladders[i].tiers.indices {
        body(
          plan.ladders[i].tiers[j].id, ItemAddress(kind: .tier, plan: p, index: i, subIndex: j))
      }
    }
    for i in plan.indicators.indices {
      body(plan.indicators[i].id, ItemAddress(kind: .indicator, plan: p, index: i))
    }
    for i in plan.measures.indices {
      body(plan.measures[i].id, ItemAddress(kind: .measure, plan: p, index: i))
    }
  }

  /// Every plan, in file order (a lazy catalog decodes those it has not yet).
  public var plans: [Plan] { onDemand?.all ?? loaded }

  /// How many plans the catalog holds, without decoding any.
  public var planCount: Int { onDemand?.regionIDs.count ?? loaded.count }

  /// Each plan's region id, in file order, without decoding any plan.
  public var regionIDs: [String] { onDemand?.regionIDs ?? loaded.map(\.region.id) }

  /// Plan number `number` (an `ItemAddress.plan`), decoded if it was not.
  public func plan(at number: Int) -> Plan {
    if let onDemand { return onDemand.plan(at: number) }
    return loaded[number]
  }

  /// The region of plan `number`, without decoding the plan where the shelf knows it.
  public func region(ofPlan number: Int) -> Region {
    if let onDemand { return onDemand.region(ofPlan: number) }
    return loaded[number].region
  }

  /// Decodes every plan not decoded yet, together (before a whole-catalog list such as a
  /// filter across all regions asks for them one by one).
  public func loadWhole() {
    _ = onDemand?.all
  }

  /// How many plans are decoded: all of them unless the catalog is lazy.
  public var decodedPlanCount: Int { onDemand?.decodedCount ?? loaded.count }

  /// Every item id in the catalog.
  public var allIDs: Dictionary<String, ItemAddress>.Keys {
    (onDemand?.addresses ?? addresses).keys
  }

  public func address(of id: String) -> ItemAddress? {
    if let onDemand { return onDemand.address(of: id) }
    return addresses[id]
  }

  public func contains(_ id: String) -> Bool { address(of: id) != nil }

  /// The index of the first plan loaded for a region.
  public func planIndex(forRegion regionID: String) -> Int? { regionIndex[regionID] }

  public func plan(forRegion regionID: String) -> Plan? {
    regionIndex[regionID].map(plan(at:))
  }

  /// The region id an item belongs to.
  public func regionID(of id: String) -> String? {
    address(of: id).map { plan(at: $0.plan).region.id }
  }

  public func measure(_ id: String) -> Measure? {
    guard let a = address(of: id), a.kind == .measure else { return nil }
    return plan(at: a.plan).measures[a.index]
  }

  public func target(_ id: String) -> Target? {
    guard let a = address(of: id), a.kind == .target else { return nil }
    return plan(at: a.plan).targets[a.index]
  }

  public func indicator(_ id: String) -> Indicator? {
    guard let a = address(of: id), a.kind == .indicator else { return nil }
    return plan(at: a.plan).indicators[a.index]
  }

  public func cluster(_ id: String) -> Cluster? {
    guard let a = address(of: id), a.kind == .cluster else { return nil }
    return plan(at: a.plan).clusters[a.index]
  }

  public func tier(_ id: String) -> LadderTier? {
    guard let a = address(of: id), a.kind == .tier, let j = a.subIndex else { return nil }
    return plan(at: a.plan).ladders[a.index].tiers[j]
  }

  /// The goal of a target or an indicator.
  public func goal(_ id: String) -> Goal? {
    target(id)?.goal ?? indicator(id)?.goal
  }

  /// Measures tied to a cluster, its sub-clusters included.
  public func measures(ofCluster clusterID: String) -> [Measure] {
    guard let a = address(of: clusterID), a.kind == .cluster else { return [] }
    let owner = plan(at: a.plan)
    let family = clusterFamily(clusterID, in: owner)
    return owner.measures.filter { !family.isDisjoint(with: $0.clusters) }
  }

  /// Targets and indicators whose `cluster` is the cluster or one of its sub-clusters.
  public func targets(ofCluster clusterID: String) -> [Target] {
    guard let a = address(of: clusterID), a.kind == .cluster else { return [] }
    let owner = plan(at: a.plan)
    let family = clusterFamily(clusterID, in: owner)
    return owner.targets.filter { $0.cluster.map(family.contains) ?? false }
  }

  /// Sub-clusters whose parent is the cluster.
  public func children(ofCluster clusterID: String) -> [Cluster] {
    guard let a = address(of: clusterID) else { return [] }
    return plan(at: a.plan).clusters.filter { $0.parent == clusterID }
  }

  private func clusterFamily(_ root: String, in plan: Plan) -> Set<String> {
    var family: Set<String> = [root]
    var changed = true
    while changed {
      changed = false
      for cluster in plan.clusters {
        if let parent = cluster.parent, family.contains(parent), !family.contains(cluster.id) {
          family.insert(cluster.id)
          changed = true
        }
      }
    }
    return family
  }

  /// Ids closest to an unknown one, for "did you mean" messages.
  public func closestIDs(to id: String, limit: Int = 3) -> [String] {
    EditDistance.closest(to: id, among: allIDs, limit: limit)
  }
}

extension Plan {
  /// How many items with ids the plan holds.
  public var itemCount: Int {
    targets.count + clusters.count + indicators.count + measures.count
      + ladders.reduce(0) { $0 + 1 + $1.tiers.count }
  }
}
