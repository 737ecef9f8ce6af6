import Foundation
import PlanModel
import ProgressStore

/// What this client last saw of each record: the operation that wrote it (nil: no record).
/// A write whose record the server finds written by another operation than the one seen
/// replaced a report made at the same time (`ReplacedReport`); a record never looked at is
/// looked at by the server just before it locks it (`plandash.apply_report`).
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
