import PlanModel

/// Where the dashboard's changes go and fresh progress comes from. The dashboard never
/// touches a database: it hands `ProgressChange` values to this protocol. The CLI wires the
/// real store (ProgressStore/GRDB) to it; `InMemoryProgressBackend` serves `plandash render`
/// and tests.
public protocol ProgressBackend: AnyObject {
  /// Applies a change durably (in one transaction) and returns the progress after it.
  func apply(_ change: ProgressChange) throws -> ProgressSnapshot
  /// Everything recorded now.
  func snapshot() throws -> ProgressSnapshot
  /// The recorded changes of one item (a measure's statuses and notes, a figure's actuals),
  /// newest first.
  func history(of itemID: String) throws -> [ProgressHistoryEntry]
  /// A cheap value that differs whenever anything was recorded, by this process or another;
  /// the dashboard polls it every tick and reloads the snapshot when it moves.
  func changeToken() throws -> Int64
  /// The items the last `apply` changed (what an undo took back, say), for the status line.
  func itemsChangedLast() -> [String]
  /// Others' reports the last `apply` replaced, made at the same time (a team store).
  func replacedLast() -> [ReplacedReport]
}

extension ProgressBackend {
  /// A store one person uses replaces nobody's report.
  public func replacedLast() -> [ReplacedReport] { [] }
}

/// One recorded change of an item, as a detail page lists it.
public struct ProgressHistoryEntry: Hashable, Sendable {
  /// Seconds since 1970.
  public var timestamp: Double
  /// What changed, in words, in both languages: `status → done`, `note: …`, `2024 = 412`
  /// (`状态 → 已完成`, `备注：…`, `2024年 = 412`).
  public var summary: Localized
  /// Who made it, where the store knows.
  public var user: String?

  public init(timestamp: Double, summary: Localized, user: String? = nil) {
    self.timestamp = timestamp
    self.summary = summary
    self.user = user
  }
}
