import Foundation
import PlanModel
import ProgressStore

/// A team store's whole progress as `readSnapshot` receives it: each record's newest change,
/// the measures as a JSON array of `[id, status, note, at (epoch seconds), by, operation,
/// change number, present]`, the actual figures as one of `[item, year, value, note, by,
/// operation, change number, present]` (in item and year order), read into a snapshot (the
/// records present) and what this client saw of every record written (`RecordView`).
struct SnapshotRows {
  var snapshot = ProgressSnapshot()
  var seen: [RecordView.Key: RecordView.Seen] = [:]

  init(measures: String, actuals: String) throws {
    for row in try Self.rows(measures) where row.count == 8 {
      guard let id = row[0] as? String else { continue }
      let progress = MeasureProgress(
        status: MeasureStatus(rawValue: row[1] as? String ?? "") ?? .todo,
        note: row[2] as? String, updatedAt: Self.number(row[3])?.doubleValue ?? 0,
        updatedBy: row[4] as? String ?? "")
      let present = row[7] as? Bool ?? true
      if present { snapshot.measures[id] = progress }
      seen[RecordView.Key(.measure, id)] = Self.seen(
        row, from: 4, value: present ? .measure(status: progress.status, note: progress.note) : nil)
    }
    for row in try Self.rows(actuals) where row.count == 8 {
      guard let id = row[0] as? String, let year = Self.number(row[1])?.intValue else { continue }
      let present = row[7] as? Bool ?? true
      let figure = Self.number(row[2]).map {
        Actual(itemID: id, year: year, value: $0.doubleValue, note: row[3] as? String)
      }
      if present, let figure { snapshot.actuals[id, default: []].append(figure) }
      seen[RecordView.Key(.actual, id, year)] = Self.seen(
        row, from: 4,
        value: present ? figure.map { .actual(value: $0.value, note: $0.note) } : nil)
    }
  }

  /// `[by, operation, change number]` from `start` on.
  private static func seen(_ row: [Any], from start: Int, value: RecordValue?) -> RecordView.Seen {
    RecordView.Seen(
      seq: number(row[start + 2])?.intValue ?? 0,
      operation: number(row[start + 1])?.int64Value ?? 0, by: row[start] as? String ?? "",
      value: value)
  }

  private static func rows(_ json: String) throws -> [[Any]] {
    try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[Any]] ?? []
  }

  private static func number(_ value: Any) -> NSNumber? { value as? NSNumber }
}
