import Foundation
import PlanModel

/// A memo of pane rows for one catalog and snapshot, so that drawing, dispatching a key and
/// reducing it do not each filter and sort 180,000 measures again. An unfiltered list may
/// carry a `SearchIndex` of its rows, and the last filter's matching positions, so that the
/// next keystroke searches contiguous memory — or only the rows the last one kept.
final class RowCache: @unchecked Sendable {
  /// Everything that decides a pane's rows, besides the catalog and the snapshot.
  /// `unfiltered` is the list before `/` and before closed headings fold it.
  struct Key: Hashable {
    var pane: PaneID
    var regionID: String?
    var filter: String
    var sortColumn: Int?
    var allRegions: Bool
    var status: String?
    var unit: UnitFilter?
    /// The Measures outline's closed headings (folded after filtering).
    var closed: Set<String> = []
    /// The snapshot's stamp when the rows read progress (status filter, progress sort), else 0.
    var snapshotStamp: Int

    var unfiltered: Key {
      var key = self
      key.filter = ""
      key.closed = []
      return key
    }
  }

  /// An unfiltered list with the search index of its rows, in the same order.
  struct Searchable {
    var ids: [String]
    var index: SearchIndex
    /// Per row, the long text `/` also searches (one region's measure paragraphs), when
    /// the list has any; see `PaneRows.withTextMatches`.
    var texts: SearchIndex?
    /// The same texts lower-cased, for the words matched literally (empty without texts).
    var literal: [String]
  }

  private let lock = NSLock()
  private var entries: [Key: [String]] = [:]
  private var searchables: [Key: Searchable] = [:]
  /// Per unfiltered key: the last query and the positions it matched.
  private var lastQueries: [Key: (query: PreparedQuery, positions: [Int])] = [:]

  func rows(for key: Key) -> [String]? {
    lock.lock()
    defer { lock.unlock() }
    return entries[key]
  }

  func store(_ ids: [String], for key: Key) {
    lock.lock()
    defer { lock.unlock() }
    if entries.count >= 32 { entries.removeAll(keepingCapacity: true) }
    entries[key] = ids
  }

  func searchable(for key: Key) -> Searchable? {
    lock.lock()
    defer { lock.unlock() }
    return searchables[key.unfiltered]
  }

  func storeSearchable(_ searchable: Searchable, for key: Key) {
    lock.lock()
    defer { lock.unlock() }
    if searchables.count >= 8 { searchables.removeAll() }
    searchables[key.unfiltered] = searchable
  }

  func lastQuery(for key: Key) -> (query: PreparedQuery, positions: [Int])? {
    lock.lock()
    defer { lock.unlock() }
    return lastQueries[key.unfiltered]
  }

  func storeLastQuery(_ query: PreparedQuery, positions: [Int], for key: Key) {
    lock.lock()
    defer { lock.unlock() }
    lastQueries[key.unfiltered] = (query, positions)
  }
}

/// Stamps for snapshots, unique within the process.
enum SnapshotStamp {
  private static let counter = Counter()

  static func next() -> Int { counter.next() }

  private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
      lock.lock()
      defer { lock.unlock() }
      value += 1
      return value
    }
  }
}
