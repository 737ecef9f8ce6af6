import Foundation
import PlanModel
import ProgressStore

/// A measure's latest progress note with when and by whom it was written.
struct MeasureNote: Equatable {
  var text: String
  /// Seconds since 1970, where known.
  var at: Double?
  var by: String?

  /// The day it was written, in local time: `2025-03-14`.
  var date: String? {
    at.map { seconds in
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: "en_US_POSIX")
      formatter.dateFormat = "yyyy-MM-dd"
      return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }
  }
}

/// Each measure's current note with its date and author: those of the logged change that
/// last set it (an undo that brought it back counts as setting it), else — a store whose
/// log says nothing of it — the measure's last update.
enum MeasureNotes {
  static func latest(snapshot: ProgressSnapshot, history: [LogEntry]) -> [String: MeasureNote] {
    var written: [String: (at: Double, by: String)] = [:]
    for entry in history {
      guard case .measure(_, let note)? = entry.newValue, note != entry.oldValue?.note else {
        continue
      }
      written[entry.itemID] = (entry.at, entry.by)
    }
    var notes: [String: MeasureNote] = [:]
    for (id, progress) in snapshot.measures {
      guard let text = progress.note, !text.isEmpty else { continue }
      let origin = written[id]
      notes[id] = MeasureNote(
        text: text, at: origin?.at ?? progress.updatedAt, by: origin?.by ?? progress.updatedBy)
    }
    return notes
  }
}
