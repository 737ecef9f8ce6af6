import PlanModel

/// Builds the index of a clean load: every file with the stamp and hash it was read with,
/// its region, the files its links name, and every item id's file.
enum PlanIndexBuilder {
  /// The index and its id table; nil unless every file gave a plan with a stamp and a hash.
  static func build(
    roots: [String], observedAt: Int64, files: [String], folders: [ScannedFolder],
    stamps: [FileStamp?],
    hashes: [ContentHash?], catalog: Catalog
  ) -> (index: PlanIndex, idTable: [UInt8])? {
    let plans = catalog.plans
    guard plans.count == files.count, stamps.count == files.count, hashes.count == files.count
    else { return nil }
    var entries: [PlanIndex.Entry] = []
    entries.reserveCapacity(files.count)
    for p in plans.indices {
      guard let stamp = stamps[p], let hash = hashes[p] else { return nil }
      entries.append(
        PlanIndex.Entry(
          path: files[p], stamp: stamp, hash: hash, region: plans[p].region,
          links: links(of: p, in: catalog)))
    }
    var ids: [(id: String, file: Int)] = []
    ids.reserveCapacity(catalog.allIDs.count)
    for id in catalog.allIDs {
      if let address = catalog.address(of: id) { ids.append((id, address.plan)) }
    }
    let index = PlanIndex(
      roots: roots, observedAt: observedAt, entries: entries, folders: folders)
    return (index, IDTable.bytes(ids))
  }

  /// The other plans holding the clusters and goals plan `p` links to.
  static func links(of p: Int, in catalog: Catalog) -> [Int] {
    let plan = catalog.plans[p]
    var named: Set<String> = []
    for cluster in plan.clusters { if let parent = cluster.parent { named.insert(parent) } }
    for target in plan.targets { if let cluster = target.cluster { named.insert(cluster) } }
    for indicator in plan.indicators {
      if let cluster = indicator.cluster { named.insert(cluster) }
    }
    // By index: iterating the measures themselves would copy each one.
    for i in plan.measures.indices {
      named.formUnion(plan.measures[i].clusters)
      named.formUnion(plan.measures[i].targets)
    }
    var files: Set<Int> = []
    for id in named {
      if let other = catalog.address(of: id)?.plan, other != p { files.insert(other) }
    }
    return files.sorted()
  }
}
