import PlanModel

/// One line of the operation log: one record changed by one operation.
public struct LogEntry: Hashable, Sendable {
  public enum Kind: String, Sendable {
    /// A change a user made.
    case change
    /// The taking back of an earlier change (`reverts` names it).
    case undo
    /// The re-applying of an undone change (`reverts` names it).
    case redo
  }

  /// The operation's number; one command is one operation.
  public var operation: Int64
  public var kind: Kind
  /// `status`, `note` or `actual`.
  public var what: String
  public var itemID: String
  /// The year, for an actual figure.
  public var year: Int?
  public var oldValue: RecordValue?
  public var newValue: RecordValue?
  /// Seconds since 1970.
  public var at: Double
  public var by: String
  /// For an undo or a redo: the change it takes back or re-applies.
  public var reverts: Int64?
  /// For a change: whether it is currently undone.
  public var undone: Bool

  public init(
    operation: Int64, kind: Kind, what: String, itemID: String, year: Int?,
    oldValue: RecordValue?, newValue: RecordValue?, at: Double, by: String, reverts: Int64?,
    undone: Bool
  ) {
    self.operation = operation
    self.kind = kind
    self.what = what
    self.itemID = itemID
    self.year = year
    self.oldValue = oldValue
    self.newValue = newValue
    self.at = at
    self.by = by
    self.reverts = reverts
    self.undone = undone
  }

  /// What changed, in words, for a detail page: `status → done`, `note: 待用地`,
  /// `2024 = 412`, `2024 = 412 → (deleted)`; an undo or redo says so:
  /// `undo #12: status → in-progress`. In Chinese: `状态 → 已完成`, `2024年 = 412 → （已删除）`,
  /// `撤销 #12：状态 → 进行中`.
  public var summary: Localized {
    let change: Localized
    switch (what, newValue) {
    case ("note", .measure(_, let note)?):
      change = note.map(ProgressText.note) ?? ProgressText.noteCleared
    case (_, .measure(let status, let note)?):
      // From what to what: the old status where there was one.
      change = ProgressText.noted(ProgressText.status(from: oldValue?.status, to: status), note)
    case (_, .actual(let value, let note)?):
      let old: String? =
        if case .actual(let oldValue, _)? = oldValue { RecordValue.number(oldValue) } else { nil }
      let figure = (old.map { $0 + " → " } ?? "") + RecordValue.number(value)
      change = ProgressText.noted(ProgressText.figure(year: year, figure), note)
    case (_, nil):
      // A deleted figure says which one it was: `2024 = 412 → (deleted)`.
      if case .actual(let oldValue, _)? = oldValue {
        change = ProgressText.deletedFigure(year: year, RecordValue.number(oldValue))
      } else {
        change = ProgressText.removed(year: year, what: what)
      }
    }
    switch kind {
    case .change: return undone ? change + ProgressText.undoneMark : change
    case .undo: return ProgressText.reverting(ProgressText.undoWord, reverts ?? 0) + change
    case .redo: return ProgressText.reverting(ProgressText.redoWord, reverts ?? 0) + change
    }
  }
}
