import Foundation
import PlanModel
import ProgressStore

/// One record a report writes: what to put there, and what this client saw there. A report
/// of one record is appended by the client itself (`TeamStore+Report`, with `value(over:)`);
/// several go to `plandash.apply_report` (EntryReport), which reads each record's value now
/// and works out the change itself, by ChangePlanner's rule.
struct ReportRecord: Encodable, Equatable {
  /// Its place in the report.
  var n: Int
  /// `measure` or `actual` (`RecordChange.Record`'s raw value).
  var kind: String
  var item: String
  var year: Int?
  /// The record goes (an actual figure deleted; a record an undo takes back).
  var remove = false
  /// A measure's new status; nil keeps the one there (`todo` where there is none).
  var status: String?
  /// A measure's note stays as it is.
  var keepnote = false
  var note: String?
  var value: Double?
  /// The change number this client saw the record at (0: never written); nil when it did
  /// not look.
  var seen: Int?

  init(
    n: Int, kind: RecordChange.Record, item: String, year: Int? = nil, remove: Bool = false,
    status: String? = nil, keepnote: Bool = false, note: String? = nil, value: Double? = nil
  ) {
    (self.n, self.kind, self.item, self.year, self.remove) = (n, kind.rawValue, item, year, remove)
    (self.status, self.keepnote, self.note, self.value) = (status, keepnote, note, value)
  }

  var key: RecordView.Key {
    RecordView.Key(RecordChange.Record(rawValue: kind) ?? .measure, item, year)
  }

  /// The records a change writes and what it is logged as; nil for undo and redo.
  static func records(of change: ProgressChange, view: RecordView) -> (
    what: String, records: [ReportRecord]
  )? {
    switch change {
    case .setStatus(let ids, let status, let note):
      var unique = Set<String>()
      // No note keeps the one there; an empty one clears it.
      let records = ids.filter { unique.insert($0).inserted }.map {
        ReportRecord(
          n: 0, kind: .measure, item: $0, status: status.rawValue, keepnote: note == nil,
          note: note == "" ? nil : note)
      }
      return ("status", numbered(records, view: view))
    case .setNote(let id, let note):
      return (
        "note", numbered([ReportRecord(n: 0, kind: .measure, item: id, note: note)], view: view)
      )
    case .setActual(let actual):
      return ("actual", records(of: [actual], view: view))
    case .deleteActual(let id, let year):
      let record = ReportRecord(n: 0, kind: .actual, item: id, year: year, remove: true)
      return ("actual", numbered([record], view: view))
    case .undo, .redo:
      return nil
    }
  }

  /// Actual figures as one report; a later figure for the same item and year replaces an
  /// earlier one, in the earlier one's place.
  static func records(of actuals: [Actual], view: RecordView) -> [ReportRecord] {
    var records: [ReportRecord] = []
    var slot: [RecordView.Key: Int] = [:]
    for figure in actuals {
      let record = ReportRecord(
        n: 0, kind: .actual, item: figure.itemID, year: figure.year, note: figure.note,
        value: figure.value)
      if let index = slot[record.key] {
        records[index] = record
      } else {
        slot[record.key] = records.count
        records.append(record)
      }
    }
    return numbered(records, view: view)
  }

  /// The new values of logged record changes, written as they are (an undo or a redo).
  static func records(replaying changes: [RecordChange], view: RecordView) -> [ReportRecord] {
    numbered(
      changes.map { change in
        var record = ReportRecord(
          n: 0, kind: change.record, item: change.itemID, year: change.year,
          remove: change.new == nil)
        switch change.new {
        case .measure(let status, let note)?: (record.status, record.note) = (status.rawValue, note)
        case .actual(let value, let note)?: (record.value, record.note) = (value, note)
        case nil: break
        }
        return record
      }, view: view)
  }

  private static func numbered(_ records: [ReportRecord], view: RecordView) -> [ReportRecord] {
    records.enumerated().map { index, record in
      var record = record
      record.n = index
      record.seen = view.seen(record.key)?.seq
      return record
    }
  }

  /// What the record is to hold over `current` (`.some(nil)`: no record), by ChangePlanner's
  /// rule: nil when the report would leave it as it is. A measure's status, when not given,
  /// is the one there (`todo` where there is none).
  func value(over current: RecordValue?) -> RecordValue?? {
    let new: RecordValue?
    if remove {
      new = nil
    } else if kind == RecordChange.Record.measure.rawValue {
      let status = status.flatMap(MeasureStatus.init(rawValue:)) ?? current?.status ?? .todo
      new = .measure(status: status, note: keepnote ? current?.note : note)
    } else {
      new = .actual(value: value ?? 0, note: note)
    }
    return new == current ? nil : .some(new)
  }

  /// The records as the JSON array the server takes.
  static func json(_ records: [ReportRecord]) throws -> String {
    String(decoding: try JSONEncoder().encode(records), as: UTF8.self)
  }
}
