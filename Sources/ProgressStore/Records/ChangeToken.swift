/// A cheap fingerprint of the store's content: it differs whenever anything was committed,
/// by this process or another. The dashboard polls it (about once a second) and reloads the
/// snapshot only when it changes.
public struct ChangeToken: Hashable, Sendable {
  /// SQLite's `PRAGMA data_version`: changes when another connection commits.
  public var dataVersion: Int64
  /// The newest operation number: changes with every commit of this store's own writes.
  public var lastOperation: Int64

  public init(dataVersion: Int64, lastOperation: Int64) {
    self.dataVersion = dataVersion
    self.lastOperation = lastOperation
  }

  /// One number for pollers that want an `Int64`: both parts only ever grow, so their sum
  /// grows with every commit by anyone and never comes back to an earlier value.
  public var value: Int64 { dataVersion &+ lastOperation }
}
