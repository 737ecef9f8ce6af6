import Foundation
import PostgresNIO

/// Turns what postgres-nio throws into one-line `TeamStoreError`s, by the server's
/// SQLSTATE where there is one.
enum TeamErrors {
  static func translate(_ error: any Error, store: String, connecting: Bool) -> any Error {
    if error is TeamStoreError { return error }
    if case .server(let server)? = error as? PostgresError {
      return translate(
        state: server.fields[.sqlState] ?? "", message: server.fields[.message],
        detail: server.fields[.detail], store: store)
    }
    if case .connectionClosed? = error as? PostgresError {
      return TeamStoreError.unreachable(store: store, detail: "the connection was closed")
    }
    guard let error = error as? PSQLError else {
      return TeamStoreError.unreachable(store: store, detail: short(error))
    }
    if let server = error.serverInfo {
      return translate(
        state: server[.sqlState] ?? "", message: server[.message], detail: server[.detail],
        store: store)
    }
    switch error.code {
    case .sslUnsupported:
      return TeamStoreError.tls(store: store, detail: "the server does not offer TLS")
    case .failedToAddSSLHandler:
      return TeamStoreError.tls(store: store, detail: "TLS could not start")
    case .authMechanismRequiresPassword:
      return TeamStoreError.authentication(
        store: store, detail: "a password is needed: give it in the address or ~/.pgpass")
    case .unsupportedAuthMechanism:
      return TeamStoreError.authentication(store: store, detail: "unsupported authentication")
    case .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
      return TeamStoreError.unreachable(store: store, detail: "the connection was closed")
    default:
      return TeamStoreError.unreachable(
        store: store, detail: error.underlying.map(short) ?? "\(error.code)")
    }
  }

  /// A server's error, by its SQLSTATE.
  static func translate(state: String, message: String?, detail: String?, store: String)
    -> TeamStoreError
  {
    let message = message ?? "error \(state)"
    switch state {
    case "28P01", "28000": return .authentication(store: store, detail: message)
    case "3D000": return .unknownDatabase(store: store)
    case "42501": return .denied(store: store, detail: message)
    case TeamSchema.notYoursState:
      let items = (detail ?? "").split(separator: "\n").map(String.init)
      return .notYours(store: store, items: items)
    default: return .server(store: store, detail: message)
    }
  }

  /// An underlying network error, short: `connection refused`, `host not found` …
  static func short(_ error: any Error) -> String {
    let text = String(describing: error)
    // NIO words a refused connect "connection reset (error set): Connection refused".
    if text.contains("refused") || text.contains("ECONNREFUSED") { return "connection refused" }
    if text.contains("connection reset") || text.contains("ECONNRESET") {
      return "connection reset"
    }
    if text.contains("NXDOMAIN") || text.contains("resolve") || text.contains("getaddrinfo") {
      return "host not found"
    }
    if text.contains("ENOENT") { return "no such socket" }
    if text.contains("timeout") || text.contains("Timeout") { return "timed out" }
    return text.split(separator: "\n").first.map(String.init) ?? text
  }
}
