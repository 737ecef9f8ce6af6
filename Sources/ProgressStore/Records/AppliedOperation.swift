import PlanModel

/// What one applied change did: its operation number (none when nothing changed) and the
/// records it changed.
public struct AppliedOperation: Hashable, Sendable {
  public var operation: Int64?
  /// The items whose records it changed, in order (an item once per record).
  public var itemIDs: [String]
  public var changedRecords: Int { itemIDs.count }
  /// For an undo or a redo: the change it took back or re-applied.
  public var reverts: Int64?
  /// Others' reports this change replaced though the writer had not seen them (a team store
  /// only; see `ReplacedReport`).
  public var replaced: [ReplacedReport] = []

  public init(operation: Int64?, itemIDs: [String], reverts: Int64? = nil) {
    self.operation = operation
    self.itemIDs = itemIDs
    self.reverts = reverts
  }
}
