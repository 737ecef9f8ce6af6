import PlanModel

/// Works out which records a change alters, from their values now: the one rule for every
/// store (SQLite and PostgreSQL), so a change means the same wherever it is recorded.
/// Records whose value would not change are left out; undo and redo are each store's own.
public struct ChangePlanner {
  /// A measure's status and note now, or nil when none is recorded.
  let measure: (String) throws -> RecordValue?
  /// An item's figure for a year now, or nil.
  let actual: (String, Int) throws -> RecordValue?

  public init(
    measure: @escaping (String) throws -> RecordValue?,
    actual: @escaping (String, Int) throws -> RecordValue?
  ) {
    self.measure = measure
    self.actual = actual
  }

  /// What the operation is logged as (`status`, `note`, `actual`) and the records it changes;
  /// nil for undo and redo.
  public func plan(_ change: ProgressChange) throws -> (what: String, changes: [RecordChange])? {
    switch change {
    case .setStatus(let ids, let status, let note):
      var seen = Set<String>()
      var changes: [RecordChange] = []
      for id in ids where seen.insert(id).inserted {
        let old = try measure(id)
        // No note keeps the one there; an empty one clears it.
        let kept: String? =
          switch note {
          case nil: old?.note
          case ""?: nil
          case let text?: text
          }
        let new = RecordValue.measure(status: status, note: kept)
        if old != new {
          changes.append(RecordChange(record: .measure, itemID: id, old: old, new: new))
        }
      }
      return ("status", changes)
    case .setNote(let id, let note):
      let old = try measure(id)
      let new = RecordValue.measure(status: old?.status ?? .todo, note: note)
      return (
        "note", old == new ? [] : [RecordChange(record: .measure, itemID: id, old: old, new: new)]
      )
    case .setActual(let actual):
      return ("actual", try plan(actuals: [actual]))
    case .deleteActual(let id, let year):
      // No figure for that year: nothing changes and nothing is logged.
      let changes = try actual(id, year).map {
        [RecordChange(record: .actual, itemID: id, year: year, old: $0, new: nil)]
      }
      return ("actual", changes ?? [])
    case .undo, .redo:
      return nil
    }
  }

  /// Actual figures as one operation's changes; a later figure for the same item and year
  /// replaces an earlier one.
  public func plan(actuals: [Actual]) throws -> [RecordChange] {
    var changes: [RecordChange] = []
    var slot: [String: Int] = [:]
    for figure in actuals {
      let key = "\(figure.itemID)\u{0}\(figure.year)"
      let new = RecordValue.actual(value: figure.value, note: figure.note)
      if let index = slot[key] {
        changes[index].new = new
        continue
      }
      slot[key] = changes.count
      let old = try actual(figure.itemID, figure.year)
      changes.append(
        RecordChange(record: .actual, itemID: figure.itemID, year: figure.year, old: old, new: new))
    }
    return changes.filter { $0.old != $0.new }
  }
}
