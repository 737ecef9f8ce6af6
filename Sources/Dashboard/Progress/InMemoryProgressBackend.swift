import PlanModel

/// A progress backend that keeps everything in memory, with undo and redo. `plandash render`
/// uses it so that the keys it replays never reach the store; tests use it too.
public final class InMemoryProgressBackend: ProgressBackend {
  private struct Record {
    var before: ProgressSnapshot
    var change: ProgressChange
    var loggedIDs: [String]
  }

  private var current: ProgressSnapshot
  private var undoStack: [Record] = []
  private var redoStack: [Record] = []
  private var log: [String: [ProgressHistoryEntry]] = [:]
  private var token: Int64 = 0
  private var clock: Double
  private var lastItems: [String] = []

  /// What was recorded before this backend started, newest first (e.g. read from the real
  /// store, which is only ever read).
  private let earlierHistory: (String) throws -> [ProgressHistoryEntry]

  /// Starts from a snapshot (e.g. the real store's, read once, never written back) and, when
  /// given, the history recorded before it: an item's history is then the changes made here,
  /// newest first, followed by that earlier history.
  public init(
    snapshot: ProgressSnapshot = ProgressSnapshot(), startTime: Double = 0,
    earlierHistory: @escaping (String) throws -> [ProgressHistoryEntry] = { _ in [] }
  ) {
    current = snapshot
    clock = startTime
    self.earlierHistory = earlierHistory
  }

  public func snapshot() throws -> ProgressSnapshot { current }

  public func changeToken() throws -> Int64 { token }

  public func history(of itemID: String) throws -> [ProgressHistoryEntry] {
    (log[itemID] ?? []).reversed() + (try earlierHistory(itemID))
  }

  /// What `undo` or `redo` with nothing to take back or re-apply throws.
  public struct NothingTo: UserFacingError, CustomStringConvertible {
    public let message: Localized
    public var description: String { message.en }
  }

  public func apply(_ change: ProgressChange) throws -> ProgressSnapshot {
    lastItems = []
    switch change {
    case .undo:
      guard let record = undoStack.popLast() else {
        throw NothingTo(message: Localized(zh: "没有可撤销的更改", en: "nothing to undo"))
      }
      current = record.before
      for id in record.loggedIDs { log[id]?.removeLast() }
      redoStack.append(record)
      lastItems = record.loggedIDs
    case .redo:
      guard let record = redoStack.popLast() else {
        throw NothingTo(message: Localized(zh: "没有可重做的更改", en: "nothing to redo"))
      }
      applyLogged(record.change)
    default:
      redoStack.removeAll()
      applyLogged(change)
    }
    token += 1
    return current
  }

  public func itemsChangedLast() -> [String] { lastItems }

  /// Applies a change and remembers the items it logged (none when it changed nothing).
  private func applyLogged(_ change: ProgressChange) {
    let count = undoStack.count
    applyNew(change)
    lastItems = undoStack.count > count ? undoStack[undoStack.count - 1].loggedIDs : []
  }

  private func applyNew(_ change: ProgressChange) {
    let before = current
    var entries: [(String, ProgressHistoryEntry)] = []
    clock += 1
    switch change {
    case .setStatus(let ids, let status, let note):
      for id in ids {
        var progress = current.measures[id] ?? MeasureProgress()
        progress.status = status
        if let note { progress.note = note }
        progress.updatedAt = clock
        current.measures[id] = progress
        entries.append(
          (
            id,
            ProgressHistoryEntry(
              timestamp: clock, summary: ProgressText.status(from: nil, to: status))
          ))
      }
    case .setNote(let id, let note):
      var progress = current.measures[id] ?? MeasureProgress()
      progress.note = note
      progress.updatedAt = clock
      current.measures[id] = progress
      let summary = note.map(ProgressText.note) ?? ProgressText.noteCleared
      entries.append((id, ProgressHistoryEntry(timestamp: clock, summary: summary)))
    case .setActual(let actual):
      var list = current.actuals[actual.itemID] ?? []
      list.removeAll { $0.year == actual.year }
      list.append(actual)
      list.sort { $0.year < $1.year }
      current.actuals[actual.itemID] = list
      let value = Format.number(actual.value)
      entries.append(
        (
          actual.itemID,
          ProgressHistoryEntry(
            timestamp: clock, summary: ProgressText.figure(year: actual.year, value))
        ))
    case .deleteActual(let id, let year):
      // No figure for that year: nothing changes and nothing is logged (as in the store).
      guard let old = current.actuals[id]?.first(where: { $0.year == year }) else { return }
      current.actuals[id]?.removeAll { $0.year == year }
      if current.actuals[id]?.isEmpty == true { current.actuals[id] = nil }
      let value = Format.number(old.value)
      entries.append(
        (
          id,
          ProgressHistoryEntry(
            timestamp: clock, summary: ProgressText.deletedFigure(year: year, value))
        ))
    case .undo, .redo:
      return
    }
    for (id, entry) in entries { log[id, default: []].append(entry) }
    undoStack.append(Record(before: before, change: change, loggedIDs: entries.map(\.0)))
  }
}
