import Foundation
import PlanModel
import ProgressStore

/// What this client last saw of each record: the operation that wrote it (nil: no record).
/// A write whose record the server finds written by another operation than the one seen
/// replaced a report made at the same time (`ReplacedReport`).
final class RecordView: @unchecked Sendable {
  /// A record: a measure's status and note, or an item's figure for a year.
  struct Key: Hashable {
    var record: RecordChange.Record
    var itemID: String
    var year: Int?

    init(_ change: RecordChange) {
      self.init(change.record, change.itemID, change.year)
    }

    init(_ record: RecordChange.Record, _ itemID: String, _ year: Int? = nil) {
      self.record = record
      self.itemID = itemID
      self.year = record == .actual ? year : nil
    }
  }

  private let lock = NSLock()
  private var seen: [Key: Int64?] = [:]
  /// True once a whole snapshot was read: a record not in `seen` was then seen absent.
  private var complete = false

  /// Replaces the whole view (a snapshot was read).
  func replaceAll(_ operations: [Key: Int64?]) {
    lock.withLock {
      seen = operations
      complete = true
    }
  }

  /// Records seen one by one (read before a write, or from a notified operation); nil
  /// operation: the record is gone.
  func saw(_ key: Key, operation: Int64?) {
    lock.withLock { seen[key] = .some(operation) }
  }

  /// What was seen of a record: `.some(nil)` seen absent; nil when never looked at.
  func operation(of key: Key) -> Int64?? {
    lock.withLock {
      if let operation = seen[key] { return operation }
      return complete ? .some(nil) : nil
    }
  }
}

extension RecordView {
  /// The operation that wrote each of these records now (nil: no record); within a
  /// transaction that locked them, what will be replaced.
  static func operations(of keys: [Key], on connection: TeamConnection) throws -> [Key: Int64?] {
    var found: [Key: Int64?] = [:]
    for key in keys { found[key] = .some(nil) }
    let measures = Array(Set(keys.filter { $0.record == .measure }.map(\.itemID))).sorted()
    if !measures.isEmpty {
      for row in try connection.query(
        "SELECT id, operation_id FROM plandash.measure WHERE id = ANY(\(measures)::text[])")
      {
        let (id, operation) = try row.decode((String, Int64?).self)
        found[Key(.measure, id)] = .some(operation ?? 0)
      }
    }
    let actualKeys = keys.filter { $0.record == .actual }
    let actuals = Array(Set(actualKeys.map(\.itemID))).sorted()
    if !actuals.isEmpty {
      for row in try connection.query(
        "SELECT item_id, year, operation_id FROM plandash.actual WHERE item_id = ANY(\(actuals)::text[])"
      ) {
        let (id, year, operation) = try row.decode((String, Int32, Int64?).self)
        let key = Key(.actual, id, Int(year))
        if found[key] != nil { found[key] = .some(operation ?? 0) }
      }
    }
    return found
  }

  /// The records a change will write (none for undo and redo, which take back one's own).
  static func keys(of change: ProgressChange) -> [Key] {
    switch change {
    case .setStatus(let ids, _, _): ids.map { Key(.measure, $0) }
    case .setNote(let id, _): [Key(.measure, id)]
    case .setActual(let actual): [Key(.actual, actual.itemID, actual.year)]
    case .deleteActual(let id, let year): [Key(.actual, id, year)]
    case .undo, .redo: []
    }
  }

  /// Looks at the records not seen yet, before the write's transaction: what a command-line
  /// writer saw (a dashboard has seen them in its snapshot).
  func lookBefore(_ keys: [Key], on connection: TeamConnection) throws {
    let unseen = keys.filter { operation(of: $0) == nil }
    guard !unseen.isEmpty else { return }
    for (key, operation) in try Self.operations(of: unseen, on: connection) {
      saw(key, operation: operation)
    }
  }
}
