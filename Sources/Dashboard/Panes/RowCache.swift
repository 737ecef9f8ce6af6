import Foundation

/// A memo of pane rows for one catalog and snapshot, so that drawing, dispatching a key and
/// reducing it do not each filter and sort 180,000 measures again. Rows may carry their
/// search text (parallel to the ids), which lets a filter being typed narrow the previous
/// keystroke's rows — or the whole list — without a lookup per row.
final class RowCache: @unchecked Sendable {
  /// Everything that decides a pane's rows, besides the catalog and the snapshot.
  struct Key: Hashable {
    var pane: PaneID
    var regionID: String?
    var filter: String
    var sortColumn: Int?
    var allRegions: Bool
    var status: String?
    var unit: String?
    /// The snapshot's stamp when the rows read progress (status filter, progress sort), else 0.
    var snapshotStamp: Int

    var unfiltered: Key {
      var key = self
      key.filter = ""
      return key
    }
  }

  struct Entry {
    var ids: [String]
    /// Each row's lower-cased search text, when known.
    var haystacks: [[UInt8]]?
  }

  private let lock = NSLock()
  private var entries: [Key: Entry] = [:]
  /// Per unfiltered key: the last filter typed and its rows.
  private var lastFiltered: [Key: (filter: String, entry: Entry)] = [:]

  func entry(for key: Key) -> Entry? {
    lock.lock()
    defer { lock.unlock() }
    return entries[key]
  }

  /// Rows known to contain every row `key` will keep, with their search text: the last,
  /// looser filter's rows, or the whole list once its search text is built.
  func narrowable(for key: Key) -> Entry? {
    lock.lock()
    defer { lock.unlock() }
    if let last = lastFiltered[key.unfiltered], !last.filter.isEmpty,
      key.filter.hasPrefix(last.filter), last.entry.haystacks != nil
    {
      return last.entry
    }
    if let whole = entries[key.unfiltered], whole.haystacks != nil { return whole }
    return nil
  }

  func store(_ entry: Entry, for key: Key) {
    lock.lock()
    defer { lock.unlock() }
    if entries.count >= 32 {
      let keep = entries.filter { $0.value.haystacks != nil && $0.key.filter.isEmpty }
      entries = keep.count < 8 ? keep : [:]
    }
    entries[key] = entry
    if !key.filter.isEmpty { lastFiltered[key.unfiltered] = (key.filter, entry) }
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
