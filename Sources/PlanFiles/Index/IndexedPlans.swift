import Dispatch
import Foundation
import PlanModel

/// The plans of a folder through its fresh index: a command that touches a few items or one
/// region finds their files by id or region and decodes only those plans (and the plans
/// their links name) from the load cache. Opens only when every plan file is unchanged since
/// the last clean load (`IndexFreshness`), so what it gives is what a full load would give.
public final class IndexedPlans: @unchecked Sendable {
  let file: PlanIndexFile
  let index: PlanIndex
  let cache: PlanCache

  private init(file: PlanIndexFile, index: PlanIndex, cache: PlanCache) {
    self.file = file
    self.index = index
    self.cache = cache
  }

  /// The index of the plans under `paths` kept with `cache`, when it is there and fresh; a
  /// renewed one is written back (so recent files are hashed once, not on every command).
  public static func open(paths: [String], cache: PlanCache) -> IndexedPlans? {
    guard let file = PlanIndexFile.open(cache.indexPath),
      let fresh = IndexFreshness.check(file, paths: paths)
    else { return nil }
    if fresh.renewed, let table = file.idTableBytes() {
      // A failed write only costs the next command the hashing again.
      try? PlanIndexFile.write(fresh.index, idTable: table, to: cache.indexPath)
    }
    return IndexedPlans(file: file, index: fresh.index, cache: cache)
  }

  /// Every plan's region, in file order (as a full load's `catalog.plans.map(\.region)`);
  /// nil when one cannot be read back (the command then loads every plan).
  public var regions: [Region]? {
    var regions: [Region] = []
    regions.reserveCapacity(index.entries.count)
    for entry in index.entries {
      guard let region = entry.region else { return nil }
      regions.append(region)
    }
    return regions
  }

  /// The region whose id is `id`, compared without case (the first thing a `--region`
  /// is read as), without decoding the others; nil when no plan is for such a region.
  public func region(withID id: String) -> Region? {
    let lowered = id.lowercased()
    return index.entries.first { $0.regionID.lowercased() == lowered }?.region
  }

  /// The numbers of the files holding all of `ids`, in order, each once; nil when any id
  /// is in no plan. (Numbers are kept in arrays rather than sets here: a command's first
  /// set of a type costs a search of every conformance in the binary.)
  public func files(holding ids: some Sequence<String>) -> [Int]? {
    var files: [Int] = []
    for id in ids {
      guard let found = file.file(of: id) else { return nil }
      files.append(found)
    }
    return PlanIndex.ordered(files)
  }

  /// The file of the region `id`; nil when no plan is for it.
  public func files(ofRegion id: String) -> [Int]? {
    index.entries.firstIndex { $0.regionID == id }.map { [$0] }
  }

  /// The plans of `files` and of the files their links name, in file order, as a clean
  /// load of those files alone; nil when the cache no longer holds one of them.
  public func load(_ files: [Int]) -> LoadResult? {
    decode(index.withLinks(files))
  }

  /// Every plan, decoded in parallel from the cache: a later start that neither reads nor
  /// hashes the plan files, nor checks again the rules they passed.
  func loadAll() -> LoadResult? {
    decode(Array(index.entries.indices))
  }

  private func decode(_ numbers: [Int]) -> LoadResult? {
    let slots = decodeFromCache(numbers) { cache, entry in cache.plan(for: entry.hash) }
    guard let plans = slots.all else { return nil }
    return LoadResult(
      catalog: Catalog(plans: plans), files: numbers.map { index.entries[$0].path }, problems: [],
      fileCount: numbers.count)
  }
}

extension IndexedPlans {
  /// The plans `numbers`, each given by `decode` from the cache and its index entry, in
  /// parallel when there are more than a few.
  func decodeFromCache(
    _ numbers: [Int], _ decode: @escaping @Sendable (PlanCache, PlanIndex.Entry) -> Plan?
  ) -> PlanSlots {
    let slots = PlanSlots(count: numbers.count)
    let entries = index.entries
    let cache = cache
    if numbers.count < 8 {
      for (slot, number) in numbers.enumerated() {
        slots.store(decode(cache, entries[number]), at: slot)
      }
    } else {
      DispatchQueue.concurrentPerform(iterations: numbers.count) { slot in
        slots.store(decode(cache, entries[numbers[slot]]), at: slot)
      }
    }
    return slots
  }
}

/// Plans decoded by parallel workers, one slot each.
final class PlanSlots: @unchecked Sendable {
  private var slots: [Plan?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func store(_ plan: Plan?, at index: Int) {
    lock.lock()
    slots[index] = plan
    lock.unlock()
  }

  /// Each slot's plan, nil where it could not be decoded.
  var each: [Plan?] {
    lock.lock()
    defer { lock.unlock() }
    return slots
  }

  /// Every plan, or nil when one is missing.
  var all: [Plan]? {
    var plans: [Plan] = []
    plans.reserveCapacity(slots.count)
    for case let plan? in slots { plans.append(plan) }
    return plans.count == slots.count ? plans : nil
  }
}
