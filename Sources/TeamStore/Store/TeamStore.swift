import Foundation
import PlanModel
import PostgresNIO
import ProgressStore

/// The shared progress store on PostgreSQL: the same records, log, undo and redo as the
/// local store, with the author and time of every change set by the server and the rights
/// of each login enforced there (row-level security; see docs/team.md). Each write is one
/// transaction; once `apply` returns it is committed (and, with PostgreSQL's defaults, on
/// disk).
public final class TeamStore: ProgressStoring, @unchecked Sendable {
  public let url: TeamURL
  let connection: TeamConnection
  /// One statement or transaction at a time on the connection.
  let lock = NSLock()
  /// Grows with each notification of a commit (by anyone) once `startListening` was called.
  let notifications = NotificationCounter()
  /// What this client last saw of each record (see `RecordView`).
  let view = RecordView()
  /// Announces this client's commits (see `Announcer`).
  private(set) var announcer = Announcer { _, _ in }
  /// The snapshot last given out while listening (brought up to date from notifications).
  let kept = KeptSnapshot()
  /// How many whole snapshots and how many updates from notifications were read (tests).
  let fullReads = NotificationCounter()
  let liveReads = NotificationCounter()

  public var location: String { url.description }

  /// Connects (at most `timeout` seconds) and checks that the database holds a team store
  /// this plandash can read.
  public init(
    url: TeamURL, timeout: Double = TeamConnection.defaultTimeout,
    environment: [String: String] = ProcessEnvironment.values
  ) throws {
    self.url = url
    connection = try TeamConnection(url, timeout: timeout, environment: environment)
    let version = try TeamSetup.schemaVersion(connection)
    guard let version else { throw TeamStoreError.notInitialised(store: url.description) }
    if version > TeamSchema.currentVersion {
      throw TeamStoreError.newerSchema(
        store: url.description, found: version, supported: TeamSchema.currentVersion)
    }
    if version < TeamSchema.currentVersion {
      throw TeamStoreError.olderSchema(
        store: url.description, found: version, supported: TeamSchema.currentVersion)
    }
    announcer = Announcer { [weak self] payload, wait in
      Self.notify(payload, wait: wait, store: self)
    }
  }

  /// What is still to be announced goes out before the connection closes.
  deinit {
    for payload in announcer.take() {
      connection.announce(
        PostgresQuery(unsafeSQL: "NOTIFY \(TeamSchema.channel), '\(payload)'"), wait: true)
    }
  }

  /// The login this store is used as (the server's `current_user`).
  public var login: String { url.user }

  /// Whether its connection has closed (the server went away, say).
  public var isClosed: Bool { connection.isClosed }

  /// Announces operations just committed to every listening client (`Announcer`: a few at
  /// a time, within a tenth of a second; outside any write's transaction, since a
  /// transaction that notifies holds a lock through its commit, so reports would commit one
  /// at a time). The write stands whatever becomes of this.
  func announce(_ operations: [Int64]) {
    notifications.written(operations)
    announcer.add(operations)
  }

  /// Sends one notification, alone on the connection (never inside another's transaction);
  /// `wait`: until the server has it.
  static func notify(_ payload: String, wait: Bool, store: TeamStore?) {
    guard let store else { return }
    let statement = PostgresQuery(unsafeSQL: "NOTIFY \(TeamSchema.channel), '\(payload)'")
    _ = try? store.serial { store.connection.announce(statement, wait: wait) }
  }

  /// Runs `body` alone on the connection.
  @discardableResult
  func serial<T>(_ body: () throws -> T) throws -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body()
  }

  // MARK: Writing

  /// A lone report is one round trip (`report`); several changes, or an undo or a redo,
  /// are one transaction, announced after its commit.
  @discardableResult
  public func apply(_ changes: [ProgressChange], by user: String) throws -> [AppliedOperation] {
    if changes.count == 1, let (what, records) = ReportRecord.records(of: changes[0], view: view) {
      return [try report(what: what, records)]
    }
    let applied = try serial {
      try connection.transaction {
        let writer = TeamWriter(connection: connection, store: url.description, view: view)
        return try changes.map(writer.apply)
      }
    }
    announce(applied.compactMap(\.operation))
    return applied
  }

  @discardableResult
  public func importActuals(_ actuals: [Actual], by user: String) throws -> AppliedOperation {
    try report(what: "actual", ReportRecord.records(of: actuals, view: view))
  }

  public func undoableCount() throws -> Int {
    try serial {
      let count = try connection.query(
        "SELECT count(*)::int8 FROM plandash.entry WHERE position = 0 AND kind = 'change' AND NOT undone AND by = current_user"
      ).first?.decode(Int64.self)
      return Int(count ?? 0)
    }
  }

  public func changeCounter() throws -> Int64 {
    if notifications.listening { return notifications.value }
    return try serial {
      try connection.query("SELECT coalesce(max(operation), 0)::int8 FROM plandash.entry")
        .first?.decode(Int64.self) ?? 0
    }
  }
}

/// Counts notifications (and keeps the operations they name), from an event-loop thread,
/// for the thread that polls.
final class NotificationCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var count: Int64 = 0
  private var isListening = false
  private var operations: [Int64] = []

  var value: Int64 {
    lock.lock()
    defer { lock.unlock() }
    return count
  }

  var listening: Bool {
    get {
      lock.lock()
      defer { lock.unlock() }
      return isListening
    }
    set {
      lock.lock()
      isListening = newValue
      lock.unlock()
    }
  }

  /// One more notification, of this operation when it names one.
  func bump(operation: Int64? = nil) {
    lock.withLock {
      count += 1
      if let operation { operations.append(operation) }
    }
  }

  /// This client's own operations, just committed: the next snapshot reads their records
  /// without waiting for their announcement.
  func written(_ own: [Int64]) {
    lock.withLock { if isListening { operations += own } }
  }

  /// The operations announced since the last call, oldest first, each once.
  func drain() -> [Int64] {
    lock.withLock {
      var seen = Set<Int64>()
      let drained = operations.filter { seen.insert($0).inserted }
      operations.removeAll()
      return drained
    }
  }
}
