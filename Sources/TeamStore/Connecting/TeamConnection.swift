import Foundation
import PostgresNIO
import ProgressStore

/// One open connection to a team store, used synchronously: every call waits at most
/// `timeout` seconds (5 by default) and turns a failure into a one-line `TeamStoreError`.
public final class TeamConnection: @unchecked Sendable {
  public let url: TeamURL
  public let timeout: Double
  let connection: PostgresConnection
  let logger: Logger
  /// How many statements were sent and waited for, each one round trip, announcements
  /// aside (tests count them).
  var statementsSent: Int { sentLock.withLock { sent } }
  private let sentLock = NSLock()
  private var sent = 0
  /// Statements prepared on this connection, by their text (`query(prepared:)`).
  private var prepared: [String: PreparedQuery] = [:]

  public static let defaultTimeout = 5.0

  /// `PLANDASH_STORE_TIMEOUT` (seconds), else 5 s.
  public static func timeout(environment: [String: String]) -> Double {
    environment["PLANDASH_STORE_TIMEOUT"].flatMap(Double.init).flatMap { $0 > 0 ? $0 : nil }
      ?? defaultTimeout
  }

  /// Connects and logs in: the password from the address, else from ~/.pgpass; TLS as
  /// `sslmode` says.
  public init(
    _ url: TeamURL, timeout: Double = TeamConnection.defaultTimeout,
    environment: [String: String] = ProcessEnvironment.values
  ) throws {
    self.url = url
    self.timeout = timeout
    var logger = Logger(label: "plandash.team")
    logger.logLevel = .critical
    self.logger = logger
    let configuration = try Self.configuration(url, timeout: timeout, environment: environment)
    let future = PostgresConnection.connect(
      on: PostgresConnection.defaultEventLoopGroup.any(), configuration: configuration, id: 1,
      logger: logger)
    do {
      connection = try FutureWait.result(of: future, timeout: timeout)
    } catch is FutureWait.TimedOut {
      // A connection that comes up after all is closed at once.
      future.whenSuccess { $0.closeSoon() }
      throw TeamStoreError.unreachable(
        store: url.description, detail: "no answer within \(Self.seconds(timeout)) s")
    } catch {
      throw TeamErrors.translate(error, store: url.description, connecting: true)
    }
  }

  deinit { close() }

  /// Closes the connection, waiting for that at most the timeout (then it closes on its own).
  public func close() {
    guard !connection.isClosed else { return }
    let closing: EventLoopFuture<Void> = connection.close()
    let connection = connection
    closing.whenComplete { _ in withExtendedLifetime(connection) {} }
    _ = try? FutureWait.result(of: closing, timeout: timeout)
  }

  /// Runs one statement and returns its rows. An error whose SQLSTATE is in `refusing`
  /// comes back as `Refused`; every other as a one-line `TeamStoreError`.
  @discardableResult
  public func query(_ query: PostgresQuery, refusing: Set<String> = []) throws -> [PostgresRow] {
    sentLock.withLock { sent += 1 }
    do {
      return Array(try wait(for: connection.query(query, logger: logger)).rows)
    } catch let error as PSQLError {
      if let state = error.serverInfo?[.sqlState], refusing.contains(state) {
        throw Refused(state: state, message: error.serverInfo?[.message] ?? "")
      }
      throw TeamErrors.translate(error, store: url.description, connecting: false)
    } catch {
      throw TeamErrors.translate(error, store: url.description, connecting: false)
    }
  }

  /// Runs a statement prepared on this connection the first time it is run: parsed once,
  /// and planned once for all its runs where PostgreSQL finds a generic plan as good (a key
  /// lookup, a row appended, and the policies they meet). Its rows' cells are in binary
  /// whatever their description says (postgres-nio 1.33's `PreparedQuery`): read them with
  /// `binaryInt64`. Errors as `query`'s.
  @discardableResult
  func query(
    prepared sql: String, _ binds: [PostgresData], refusing: Set<String> = []
  ) throws -> [PostgresRow] {
    do {
      let statement = try preparedQuery(sql)
      sentLock.withLock { sent += 1 }
      return try wait(for: statement.execute(binds))
    } catch PostgresError.server(let server) {
      if let state = server.fields[.sqlState], refusing.contains(state) {
        throw Refused(state: state, message: server.fields[.message] ?? "")
      }
      throw TeamErrors.translate(
        PostgresError.server(server), store: url.description, connecting: false)
    } catch {
      throw TeamErrors.translate(error, store: url.description, connecting: false)
    }
  }

  private func preparedQuery(_ sql: String) throws -> PreparedQuery {
    if let statement = sentLock.withLock({ prepared[sql] }) { return statement }
    let statement = try wait(for: connection.prepare(query: sql))
    sentLock.withLock { prepared[sql] = statement }
    return statement
  }

  /// A server's refusal the caller handles itself (`query(_:refusing:)`).
  struct Refused: Error {
    var state: String
    var message: String
  }

  /// Waits for `future` at most the timeout; a connection that does not answer in time is
  /// closed. Errors of the server come back as they are.
  private func wait<Value: Sendable>(for future: EventLoopFuture<Value>) throws -> Value {
    do {
      return try FutureWait.result(of: future, timeout: timeout)
    } catch is FutureWait.TimedOut {
      connection.closeSoon()
      throw TeamStoreError.unreachable(
        store: url.description, detail: "no answer within \(Self.seconds(timeout)) s")
    }
  }

  /// Sends an announcement (`NOTIFY`): `wait`, until the server has it; else without
  /// waiting for its answer (its errors are dropped), the next statement queuing behind it.
  func announce(_ query: PostgresQuery, wait: Bool) {
    let answer = connection.query(query, logger: logger)
    if wait { _ = try? self.wait(for: answer) }
  }

  /// Runs `sql` (no parameters; a script of several statements allowed), one statement at
  /// a time.
  public func execute(_ sql: String) throws {
    for statement in SQLScript.statements(sql) {
      try query(PostgresQuery(unsafeSQL: statement))
    }
  }

  /// Runs `body` in one transaction: all of it is committed, or nothing. At READ COMMITTED
  /// whatever the server's default: the store's triggers work the rights out from what
  /// each statement reads committed (`ReportingRights`).
  public func transaction<T>(_ body: () throws -> T) throws -> T {
    try execute("BEGIN ISOLATION LEVEL READ COMMITTED")
    do {
      let result = try body()
      try execute("COMMIT")
      return result
    } catch {
      _ = try? execute("ROLLBACK")
      throw error
    }
  }

  /// Starts delivering `NOTIFY`s on `channel` to `handler` (on an event-loop thread).
  public func listen(
    _ channel: String, handler: @escaping @Sendable (String) -> Void
  ) throws {
    _ = connection.addListener(channel: channel) { _, notification in
      handler(notification.payload)
    }
    try execute("LISTEN \(channel)")
  }

  /// Whether the connection has closed (the server went away, say).
  public var isClosed: Bool { connection.isClosed }

  static func configuration(
    _ url: TeamURL, timeout: Double, environment: [String: String]
  ) throws -> PostgresConnection.Configuration {
    let password = url.password ?? PgPass.password(for: url, environment: environment)
    var configuration: PostgresConnection.Configuration
    if url.isUnixSocket {
      configuration = .init(
        unixSocketPath: url.socketPath, username: url.user, password: password,
        database: url.database)
    } else {
      configuration = .init(
        host: url.host, port: url.port, username: url.user, password: password,
        database: url.database, tls: try tls(url))
    }
    configuration.options.connectTimeout = .milliseconds(Int64(timeout * 1000))
    return configuration
  }

  static func tls(_ url: TeamURL) throws -> PostgresConnection.Configuration.TLS {
    guard url.sslMode != .disable else { return .disable }
    var tls = TLSConfiguration.makeClientConfiguration()
    if !url.sslMode.verifiesCertificate { tls.certificateVerification = .none }
    if url.sslMode == .verifyCA { tls.certificateVerification = .noHostnameVerification }
    let context: NIOSSLContext
    do {
      context = try NIOSSLContext(configuration: tls)
    } catch {
      throw TeamStoreError.tls(store: url.description, detail: "\(error)")
    }
    return url.sslMode.allowsPlain ? .prefer(context) : .require(context)
  }

  static func seconds(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }
}

extension PostgresConnection {
  /// Starts closing the connection without waiting for it, keeping it alive until closed
  /// (postgres-nio wants every connection closed before it goes away).
  func closeSoon() {
    let closing: EventLoopFuture<Void> = close()
    closing.whenComplete { _ in withExtendedLifetime(self) {} }
  }
}

extension PostgresRow {
  /// The first cell as a `bigint` sent in binary (a prepared statement's answer).
  var binaryInt64: Int64? { binaryInt64(at: 0) }

  /// A cell as a `bigint` sent in binary.
  func binaryInt64(at column: Int) -> Int64? {
    var bytes = makeRandomAccess()[column].bytes
    guard bytes?.readableBytes == 8 else { return nil }
    return bytes?.readInteger(as: Int64.self)
  }

  /// A cell of text (whose binary form is its text).
  func text(at column: Int) -> String? {
    guard let bytes = makeRandomAccess()[column].bytes else { return nil }
    return bytes.getString(at: bytes.readerIndex, length: bytes.readableBytes)
  }
}

extension PostgresData {
  /// A text parameter, or SQL NULL.
  static func text(_ value: String?) -> PostgresData {
    value.map { PostgresData(string: $0) } ?? .null
  }
}
