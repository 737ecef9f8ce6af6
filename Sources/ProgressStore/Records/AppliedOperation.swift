/// What one applied change did: its operation number (none when nothing changed) and the
/// number of records it changed.
public struct AppliedOperation: Hashable, Sendable {
  public var operation: Int64?
  public var changedRecords: Int
  /// For an undo or a redo: the change it took back or re-applied.
  public var reverts: Int64?

  public init(operation: Int64?, changedRecords: Int, reverts: Int64? = nil) {
    self.operation = operation
    self.changedRecords = changedRecords
    self.reverts = reverts
  }
}
