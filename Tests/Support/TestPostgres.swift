import Foundation

/// The private PostgreSQL cluster the team-store tests use (scripts/postgres-test-cluster.sh,
/// started by scripts/test.sh): its superuser's address in `PLANDASH_TEST_PG`. Without it the
/// tests that need the server are skipped with a notice — and fail under CI, where it must
/// be there.
public enum TestPostgres {
  public static let adminURL: String? = ProcessInfo.processInfo.environment["PLANDASH_TEST_PG"]
    .flatMap { $0.isEmpty ? nil : $0 }

  /// Whether the server tests run: with a server, and always under CI (where a missing one
  /// then fails them in `requireAdminURL`).
  public static let enabled: Bool = {
    if adminURL == nil && !PlandashBinary.isCI {
      FileHandle.standardError.write(
        Data(
          "note: PLANDASH_TEST_PG is unset: the team-store tests against PostgreSQL are skipped (scripts/test.sh starts a private server)\n"
            .utf8))
    }
    return adminURL != nil || PlandashBinary.isCI
  }()

  public static let skipReason =
    "needs PostgreSQL: set PLANDASH_TEST_PG (scripts/postgres-test-cluster.sh start DIR prints it)"

  public struct Missing: Error, CustomStringConvertible {
    public let description =
      "PLANDASH_TEST_PG is unset under CI: scripts/test.sh must start the test cluster"
  }

  public static func requireAdminURL() throws -> String {
    guard let adminURL else { throw Missing() }
    return adminURL
  }

  /// A new empty database on the test server; returns the administrator's address of it.
  public static func freshDatabase() throws -> String {
    let admin = try requireAdminURL()
    let name = "plandash_t_" + UUID().uuidString.prefix(8).lowercased()
    let result = try psql(admin, "CREATE DATABASE \(name)")
    guard result.status == 0 else {
      throw PsqlFailure(description: "CREATE DATABASE failed: \(result.err)")
    }
    return withDatabase(admin, name)
  }

  /// The address with another database.
  public static func withDatabase(_ url: String, _ database: String) -> String {
    guard var components = URLComponents(string: url) else { return url }
    components.path = "/" + database
    return components.string ?? url
  }

  /// The address with another user and password.
  public static func withUser(_ url: String, _ user: String, password: String?) -> String {
    guard var components = URLComponents(string: url) else { return url }
    components.user = user
    components.password = password
    return components.string ?? url
  }

  public struct PsqlFailure: Error, CustomStringConvertible {
    public let description: String
  }

  /// Runs SQL through psql (`-v ON_ERROR_STOP=0`: each statement on its own), as the user of
  /// the address.
  public static func psql(_ url: String, _ sql: String) throws -> (
    status: Int32, out: String, err: String
  ) {
    try ChildProcess.run(["psql", "-X", "-q", "-A", "-t", "-d", url, "-c", sql])
  }
}
