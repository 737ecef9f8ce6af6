/// All loaded plans with an index from every item id to where it sits; the queries the CLI
/// and the dashboard share.
public struct Catalog: Sendable {
  public let plans: [Plan]
  private let addresses: [String: ItemAddress]
  private let regionIndex: [String: Int]
  /// Ids used more than once: every later use, with the first (the validator reports them).
  public let duplicates: [DuplicateID]

  public init(plans: [Plan]) {
    self.plans = plans
    var addresses: [String: ItemAddress] = [:]
    addresses.reserveCapacity(plans.reduce(0) { $0 + $1.itemCount })
    var regionIndex: [String: Int] = [:]
    var duplicates: [DuplicateID] = []
    func keepFirst(_ id: String, _ address: ItemAddress) {
      if let earlier = addresses.updateValue(address, forKey: id) {
        addresses[id] = earlier
        duplicates.append(DuplicateID(id: id, first: earlier, again: address))
      }
    }
    // By index, reading only each item's id: iterating the items themselves would copy
    // every one (a measure holds a dozen strings and arrays) — a tenth of a later start.
    for p in plans.indices {
      let regionID = plans[p].region.id
      regionIndex[regionID] = regionIndex[regionID] ?? p
      for i in plans[p].targets.indices {
        keepFirst(plans[p].targets[i].id, ItemAddress(kind: .target, plan: p, index: i))
      }
      for i in plans[p].clusters.indices {
        keepFirst(plans[p].clusters[i].id, ItemAddress(kind: .cluster, plan: p, index: i))
      }
      for i in plans[p].ladders.indices {
        keepFirst(plans[p].ladders[i].id, ItemAddress(kind: .ladder, plan: p, index: i))
        for j in plans[p].ladders[i].tiers.indices {
          keepFirst(
            plans[p].ladders[i].tiers[j].id,
            ItemAddress(kind: .tier, plan: p, index: i, subIndex: j))
        }
      }
      for i in plans[p].indicators.indices {
        keepFirst(plans[p].indicators[i].id, ItemAddress(kind: .indicator, plan: p, index: i))
      }
      for i in plans[p].measures.indices {
        keepFirst(plans[p].measures[i].id, ItemAddress(kind: .measure, plan: p, index: i))
      }
    }
    self.addresses = addresses
    self.regionIndex = regionIndex
    self.duplicates = duplicates
  }

  /// Every item id in the catalog.
  public var allIDs: Dictionary<String, ItemAddress>.Keys { addresses.keys }

  public func address(of id: String) -> ItemAddress? { addresses[id] }

  public func contains(_ id: String) -> Bool { addresses[id] != nil }

  /// The index of the first plan loaded for a region.
  public func planIndex(forRegion regionID: String) -> Int? { regionIndex[regionID] }

  public func plan(forRegion regionID: String) -> Plan? {
    regionIndex[regionID].map { plans[$0] }
  }

  /// The region id an item belongs to.
  public func regionID(of id: String) -> String? {
    addresses[id].map { plans[$0.plan].region.id }
  }

  public func measure(_ id: String) -> Measure? {
    guard let a = addresses[id], a.kind == .measure else { return nil }
    return plans[a.plan].measures[a.index]
  }

  public func target(_ id: String) -> Target? {
    guard let a = addresses[id], a.kind == .target else { return nil }
    return plans[a.plan].targets[a.index]
  }

  public func indicator(_ id: String) -> Indicator? {
    guard let a = addresses[id], a.kind == .indicator else { return nil }
    return plans[a.plan].indicators[a.index]
  }

  public func cluster(_ id: String) -> Cluster? {
    guard let a = addresses[id], a.kind == .cluster else { return nil }
    return plans[a.plan].clusters[a.index]
  }

  public func tier(_ id: String) -> LadderTier? {
    guard let a = addresses[id], a.kind == .tier, let j = a.subIndex else { return nil }
    return plans[a.plan].ladders[a.index].tiers[j]
  }

  /// The goal of a target or an indicator.
  public func goal(_ id: String) -> Goal? {
    target(id)?.goal ?? indicator(id)?.goal
  }

  /// Measures tied to a cluster, its sub-clusters included.
  public func measures(ofCluster clusterID: String) -> [Measure] {
    guard let a = addresses[clusterID], a.kind == .cluster else { return [] }
    let family = clusterFamily(clusterID, in: plans[a.plan])
    return plans[a.plan].measures.filter { !family.isDisjoint(with: $0.clusters) }
  }

  /// Targets and indicators whose `cluster` is the cluster or one of its sub-clusters.
  public func targets(ofCluster clusterID: String) -> [Target] {
    guard let a = addresses[clusterID], a.kind == .cluster else { return [] }
    let family = clusterFamily(clusterID, in: plans[a.plan])
    return plans[a.plan].targets.filter { $0.cluster.map(family.contains) ?? false }
  }

  /// Sub-clusters whose parent is the cluster.
  public func children(ofCluster clusterID: String) -> [Cluster] {
    guard let a = addresses[clusterID] else { return [] }
    return plans[a.plan].clusters.filter { $0.parent == clusterID }
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
    EditDistance.closest(to: id, among: addresses.keys, limit: limit)
  }
}

extension Plan {
  /// How many items with ids the plan holds.
  public var itemCount: Int {
    targets.count + clusters.count + indicators.count + measures.count
      + ladders.reduce(0) { $0 + 1 + $1.tiers.count }
  }
}
