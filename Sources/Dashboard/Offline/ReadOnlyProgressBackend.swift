import PlanModel

/// The progress last seen from a team store that cannot be reached now: it reads, and
/// refuses every write in one line.
public final class ReadOnlyProgressBackend: ProgressBackend {
  private let saved: ProgressSnapshot

  public init(snapshot: ProgressSnapshot) {
    saved = snapshot
  }

  /// What the refusal says: the dashboard's reducer refuses first; this is the backstop.
  public struct Refused: UserFacingError {
    public var message: Localized { OfflineNotice.refusal }
  }

  public func apply(_ change: ProgressChange) throws -> ProgressSnapshot { throw Refused() }
  public func snapshot() throws -> ProgressSnapshot { saved }
  public func history(of itemID: String) throws -> [ProgressHistoryEntry] { [] }
  public func changeToken() throws -> Int64 { 0 }
  public func itemsChangedLast() -> [String] { [] }
}
