/// One record's change inside an operation: which record, and its value before and after.
public struct RecordChange: Hashable, Sendable {
  public enum Record: String, Sendable {
    case measure
    case actual
  }

  public var record: Record
  public var itemID: String
  public var year: Int?
  public var old: RecordValue?
  public var new: RecordValue?

  public init(
    record: Record, itemID: String, year: Int? = nil, old: RecordValue?, new: RecordValue?
  ) {
    self.record = record
    self.itemID = itemID
    self.year = year
    self.old = old
    self.new = new
  }

  /// The same change the other way round, for an undo.
  public var reversed: RecordChange {
    RecordChange(record: record, itemID: itemID, year: year, old: new, new: old)
  }
}
