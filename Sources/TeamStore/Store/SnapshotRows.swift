import Foundation
import PlanModel
import ProgressStore

/// A team store's whole progress as `readSnapshot` receives it: the measures as a JSON array
/// of `[id, status, note, updated at (epoch seconds), updated by, operation]`, the actual
/// figures as one of `[item, year, value, note, operation]` (in item and year order), read
/// into a snapshot and the operations that wrote each record.
struct SnapshotRows {
  var snapshot = ProgressSnapshot()
  var seen: [RecordView.Key: Int64?] = [:]

  init(measures: String, actuals: String) throws {
    for row in try Self.rows(measures) where row.count == 6 {
      guard let id = row[0] as? String else { continue }
      snapshot.measures[id] = MeasureProgress(
        status: MeasureStatus(rawValue: row[1] as? String ?? "") ?? .todo,
        note: row[2] as? String, updatedAt: Self.number(row[3])?.doubleValue ?? 0,
        updatedBy: row[4] as? String ?? "")
      seen[RecordView.Key(.measure, id)] = .some(Self.number(row[5])?.int64Value ?? 0)
    }
    for row in try Self.rows(actuals) where row.count == 5 {
      guard let id = row[0] as? String, let year = Self.number(row[1])?.intValue,
        let value = Self.number(row[2])?.doubleValue
      else { continue }
      snapshot.actuals[id, default: []].append(
        Actual(itemID: id, year: year, value: value, note: row[3] as? String))
      seen[RecordView.Key(.actual, id, year)] = .some(Self.number(row[4])?.int64Value ?? 0)
    }
  }

  private static func rows(_ json: String) throws -> [[Any]] {
    try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[Any]] ?? []
  }

  private static func number(_ value: Any) -> NSNumber? { value as? NSNumber }
}
