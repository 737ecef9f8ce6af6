import Foundation
import TeamStore

/// The team stores this process has connected to, by address: a command (or the dashboard)
/// whose steps each need the store — its plans, its progress, its reviews — opens one
/// connection, not one a step. A store whose connection has closed (the server went away)
/// is opened again when next asked for.
final class OpenTeamStores: @unchecked Sendable {
  static let shared = OpenTeamStores()

  private let lock = NSLock()
  private var stores: [String: TeamStore] = [:]

  /// The store at `address`, opened with `open` unless it is open already.
  func store(_ address: String, open: () throws -> TeamStore) throws -> TeamStore {
    try lock.withLock {
      if let store = stores[address], !store.isClosed { return store }
      let store = try open()
      stores[address] = store
      return store
    }
  }
}
