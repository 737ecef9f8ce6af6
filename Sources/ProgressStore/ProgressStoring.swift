import PlanModel

/// What every progress store offers the command line and the dashboard: the local SQLite
/// store (`ProgressStore`) and the shared PostgreSQL one (`TeamStore`) alike. Each write is
/// one transaction (all of it or nothing); failures are one-line errors naming the store.
public protocol ProgressStoring: AnyObject, Sendable {
  /// The store's file, or its address without the password, for messages.
  var location: String { get }
  /// Applies several changes in ONE transaction and logs them (under `user` where the store
  /// takes the author from the client; a team store's server sets it itself).
  @discardableResult
  func apply(_ changes: [ProgressChange], by user: String) throws -> [AppliedOperation]
  /// Records many actual figures as ONE operation, in one transaction.
  func importActuals(_ actuals: [Actual], by user: String) throws -> AppliedOperation
  /// Everything recorded: every measure's status and every actual figure.
  func snapshot() throws -> ProgressSnapshot
  /// Actual figures of one item (or of all), by item id and year.
  func actuals(of itemID: String?) throws -> [Actual]
  /// The operation log, oldest first: of one item, or of all.
  func history(id itemID: String?) throws -> [LogEntry]
  /// How many changes `undo` can still take back (the caller's own, in a team store).
  func undoableCount() throws -> Int
  /// A cheap number that grows whenever anything is committed, by anyone.
  func changeCounter() throws -> Int64
  /// Each reported measure's review state, where the store has a review (a team store).
  func reviews() throws -> [String: ReviewState]
}

extension ProgressStoring {
  /// Applies one change in one transaction.
  @discardableResult
  public func apply(_ change: ProgressChange, by user: String) throws -> AppliedOperation {
    try apply([change], by: user)[0]
  }

  /// The whole operation log, oldest first.
  public func history() throws -> [LogEntry] { try history(id: nil) }

  /// Every actual figure.
  public func actuals() throws -> [Actual] { try actuals(of: nil) }
}

extension ProgressStore: ProgressStoring {
  public var location: String { path }

  public func changeCounter() throws -> Int64 { try changeToken().value }

  /// A local store has no review: it serves one person.
  public func reviews() throws -> [String: ReviewState] { [:] }
}
