/// One record's change inside an operation: which record, and its value before and after.
struct RecordChange: Hashable {
  enum Record: String {
    case measure
    case actual
  }

  var record: Record
  var itemID: String
  var year: Int?
  var old: RecordValue?
  var new: RecordValue?

  /// The same change the other way round, for an undo.
  var reversed: RecordChange {
    RecordChange(record: record, itemID: itemID, year: year, old: new, new: old)
  }
}
