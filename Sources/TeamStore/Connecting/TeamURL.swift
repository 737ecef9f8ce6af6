import Foundation

/// A team store's address: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=MODE]`
/// (`postgresql://` too). The host may be a unix-socket folder, percent-encoded in the host
/// (`%2Fvar%2Frun%2Fpostgresql`) or given as `?host=/var/run/postgresql`, for peer
/// authentication. Its `description` never shows the password.
public struct TeamURL: Hashable, Sendable, CustomStringConvertible {
  public var user: String
  public var password: String?
  /// A host name or address, or a unix-socket folder (starting with `/`).
  public var host: String
  public var port: Int
  public var database: String
  public var sslMode: SSLMode

  /// True when `text` names a team store rather than a local store file.
  public static func isTeamAddress(_ text: String) -> Bool {
    text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
  }

  /// Reads an address; a malformed one is a `TeamStoreError.badAddress` saying what is wrong.
  public init(_ text: String) throws {
    guard Self.isTeamAddress(text), let components = URLComponents(string: text) else {
      throw TeamStoreError.badAddress(text, .notPostgres)
    }
    var query: [String: String] = [:]
    for item in components.queryItems ?? [] { query[item.name] = item.value ?? "" }
    guard let user = components.percentEncodedUser.flatMap({ $0.removingPercentEncoding }),
      !user.isEmpty
    else { throw TeamStoreError.badAddress(Self.redacted(text), .noUser) }
    self.user = user
    password = components.percentEncodedPassword.flatMap { $0.removingPercentEncoding }
    let hostPart = components.percentEncodedHost.flatMap { $0.removingPercentEncoding } ?? ""
    host = query["host"].flatMap { $0.isEmpty ? nil : $0 } ?? hostPart
    guard !host.isEmpty else { throw TeamStoreError.badAddress(Self.redacted(text), .noHost) }
    port = components.port ?? 5432
    let path =
      components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
    guard !path.isEmpty else {
      throw TeamStoreError.badAddress(Self.redacted(text), .noDatabase)
    }
    database = path
    let mode = query["sslmode"] ?? SSLMode.prefer.rawValue
    guard let sslMode = SSLMode(rawValue: mode) else {
      throw TeamStoreError.badAddress(Self.redacted(text), .badSSLMode(mode))
    }
    self.sslMode = sslMode
  }

  /// True when the host is a unix-socket folder.
  public var isUnixSocket: Bool { host.hasPrefix("/") }

  /// The socket file in a unix-socket folder, as PostgreSQL names it.
  public var socketPath: String { host + "/.s.PGSQL.\(port)" }

  /// The address without its password.
  public var description: String {
    let hostText =
      isUnixSocket
      ? "localhost:\(port)/\(database)?host=\(host)" : "\(host):\(port)/\(database)"
    return "postgres://\(user)@\(hostText)"
  }

  /// The same address with another user (and no password): a login's address for `grant`.
  public func with(user: String, password: String? = nil) -> TeamURL {
    var copy = self
    copy.user = user
    copy.password = password
    return copy
  }

  /// The address as text, password included where there is one (for handing to psql).
  public var fullText: String {
    var components = URLComponents()
    components.scheme = "postgres"
    components.user = user
    components.password = password
    components.host = isUnixSocket ? "localhost" : host
    components.port = port
    components.path = "/" + database
    var items = [URLQueryItem(name: "sslmode", value: sslMode.rawValue)]
    if isUnixSocket { items.append(URLQueryItem(name: "host", value: host)) }
    components.queryItems = items
    return components.string ?? description
  }

  /// `text` with any password replaced by `***`, for messages about a malformed address.
  static func redacted(_ text: String) -> String {
    guard let at = text.lastIndex(of: "@"), let scheme = text.range(of: "://"),
      scheme.upperBound < at
    else { return text }
    let credentials = text[scheme.upperBound..<at]
    guard let colon = credentials.firstIndex(of: ":") else { return text }
    return text.replacingCharacters(in: colon..<at, with: ":***")
  }
}
