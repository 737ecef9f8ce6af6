import Foundation
import PlandashTestSupport
import Testing

@testable import TeamStore

@Suite(
  "Connecting to a team store", .serialized,
  .enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.skipReason)))
struct TeamConnectionTests {
  /// Runs `body`, which must fail with a one-line error within 5 s.
  private func refusal(_ body: () throws -> Void) -> TeamStoreError? {
    let start = Date()
    do {
      try body()
    } catch let error as TeamStoreError {
      #expect(Date().timeIntervalSince(start) < 5.5)
      #expect(!error.zh.contains("\n") && !error.en.contains("\n"))
      return error
    } catch {
      Issue.record("not a TeamStoreError: \(error)")
      return nil
    }
    Issue.record("connected where it should not")
    return nil
  }

  @Test func aWrongPasswordIsOneLine() throws {
    let admin = try TestPostgres.requireAdminURL()
    let wrong = TestPostgres.withUser(admin, "plandash_admin", password: "not-the-password")
    guard case .authentication? = refusal({ _ = try TeamConnection(try TeamURL(wrong)) }) else {
      Issue.record("not an authentication failure")
      return
    }
  }

  @Test func anUnknownDatabaseIsOneLine() throws {
    let url = TestPostgres.withDatabase(try TestPostgres.requireAdminURL(), "no_such_db_here")
    #expect(
      refusal({ _ = try TeamConnection(try TeamURL(url)) })
        == .unknownDatabase(store: try TeamURL(url).description))
  }

  @Test func aRefusedConnectionIsOneLine() throws {
    var url = try TeamURL(try TestPostgres.requireAdminURL())
    url.port = 1  // nothing listens there
    guard case .unreachable(_, let detail)? = refusal({ _ = try TeamConnection(url) }) else {
      Issue.record("not unreachable")
      return
    }
    #expect(detail == "connection refused")
  }

  @Test func requiredTLSWithoutTLSIsRefused() throws {
    var url = try TeamURL(try TestPostgres.requireAdminURL())
    url.sslMode = .require
    guard case .tls? = refusal({ _ = try TeamConnection(url) }) else {
      Issue.record("not a TLS failure")
      return
    }
  }

  @Test func preferFallsBackToPlain() throws {
    var url = try TeamURL(try TestPostgres.requireAdminURL())
    url.sslMode = .prefer
    let connection = try TeamConnection(url)
    #expect(try connection.query("SELECT 1").count == 1)
  }

  @Test func thePasswordComesFromPgpass() throws {
    let folder = TemporaryFolder()
    var url = try TeamURL(try TestPostgres.requireAdminURL())
    let password = url.password ?? ""
    url.password = nil
    let file = folder.write("pgpass", "\(url.host):\(url.port):*:\(url.user):\(password)\n")
    chmod(file, 0o600)
    let connection = try TeamConnection(url, environment: ["PGPASSFILE": file])
    #expect(try connection.query("SELECT 1").count == 1)
    // A file others may read is ignored, as libpq ignores it.
    chmod(file, 0o644)
    guard
      case .authentication? = refusal({
        _ = try TeamConnection(url, environment: ["PGPASSFILE": file])
      })
    else {
      Issue.record("a world-readable ~/.pgpass was used")
      return
    }
  }
}
