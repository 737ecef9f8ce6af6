import Foundation
import PlanModel
import ProgressStore

/// What this client last saw of each record: its newest change (`Seen`). A report of one
/// record appends the change numbered one more (`TeamStore+Report`); when the server holds a
/// newer one, another's report came in between, which the new report replaces and is told
/// so (`ReplacedReport`). A record never looked at is read just before it is written.
final class RecordView: @unchecked Sendable {
  /// A record: a measure's status and note, or an item's figure for a year.
  struct Key: Hashable {
    var record: RecordChange.Record
    var itemID: String
    var year: Int?

    init(_ record: RecordChange.Record, _ itemID: String, _ year: Int? = nil) {
      self.record = record
      self.itemID = itemID
      self.year = record == .actual ? year : nil
    }

    /// The year as the store keeps it: 0 for a measure.
    var storedYear: Int { year ?? 0 }
  }

  /// A record's newest change: its number (0: the record was never written), the operation
  /// and the login that made it, and the value it left (nil: no record).
  struct Seen: Equatable, Sendable {
    var seq: Int
    var operation: Int64
    var by: String
    var value: RecordValue?

    static let never = Seen(seq: 0, operation: 0, by: "", value: nil)
  }

  private let lock = NSLock()
  private var seen: [Key: Seen] = [:]
  /// True once a whole snapshot was read: a record not in `seen` was then never written.
  private var complete = false

  /// Replaces the whole view (a snapshot was read).
  func replaceAll(_ records: [Key: Seen]) {
    lock.withLock {
      seen = records
      complete = true
    }
  }

  /// A record seen (read before a write, written, or read after an announcement).
  func saw(_ key: Key, _ record: Seen) {
    lock.withLock { seen[key] = record }
  }

  /// What was seen of a record; nil when never looked at.
  func seen(_ key: Key) -> Seen? {
    lock.withLock {
      if let record = seen[key] { return record }
      return complete ? .never : nil
    }
  }
}
