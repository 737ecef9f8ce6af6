/// A change a user asks for; the store applies it in one transaction and logs it.
public enum ProgressChange: Hashable, Sendable {
  /// Set the status of one or more measures (one log entry per measure, one transaction);
  /// `note` nil keeps each measure's note, an empty one clears it.
  case setStatus(ids: [String], status: MeasureStatus, note: String?)
  /// Replace a measure's note (`nil` clears it).
  case setNote(id: String, note: String?)
  /// Record (or replace) an actual figure for a year.
  case setActual(Actual)
  /// Remove the actual figure of an item for a year (undo brings it back).
  case deleteActual(itemID: String, year: Int)
  /// Take back the most recent change not yet undone.
  case undo
  /// Re-apply the most recently undone change.
  case redo
}
