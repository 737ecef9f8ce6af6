import Foundation
import PlanModel

/// Progress as extra JSON fields by item id, for `plandash export --format json`
/// (`PlanJSONWriter.json(for:attachments:)`): a measure gets `status` (and `status_note`,
/// `status_updated_at`, `status_updated_by`), an item with figures gets `actuals`.
public enum ProgressExport {
  public static func attachments(_ snapshot: ProgressSnapshot) -> [String: [String: Any]] {
    var result: [String: [String: Any]] = [:]
    let dates = ISO8601DateFormatter()
    for (id, progress) in snapshot.measures {
      var fields: [String: Any] = ["status": progress.status.rawValue]
      if let note = progress.note { fields["status_note"] = note }
      if let at = progress.updatedAt {
        fields["status_updated_at"] = dates.string(from: Date(timeIntervalSince1970: at))
      }
      if let by = progress.updatedBy { fields["status_updated_by"] = by }
      result[id] = fields
    }
    for (id, actuals) in snapshot.actuals {
      result[id, default: [:]]["actuals"] = actuals.map { actual -> [String: Any] in
        var entry: [String: Any] = ["year": actual.year, "value": actual.value]
        if let note = actual.note { entry["note"] = note }
        return entry
      }
    }
    return result
  }
}
