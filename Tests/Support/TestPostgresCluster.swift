import Foundation

/// A PostgreSQL server of one test's own (scripts/postgres-test-cluster.sh in a temporary
/// folder), for the tests that stop the server under a client; the shared test server stays
/// up for every other test.
public final class TestPostgresCluster: @unchecked Sendable {
  public struct StartFailure: Error, CustomStringConvertible {
    public let description: String
  }

  /// The superuser's address of the database `plandash_test` on this server.
  public let adminURL: String
  private let folder: String
  private let lock = NSLock()
  private var stopped = false

  private static let script = PackagePaths.root + "/scripts/postgres-test-cluster.sh"

  /// Starts a new server (initdb, start, a database) in a new temporary folder.
  public init() throws {
    folder =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("plandash-pg-" + UUID().uuidString.prefix(8).lowercased()).path
    let started = try Self.runScript(["start", folder])
    guard started.status == 0,
      let line = started.out.split(separator: "\n").first(where: {
        $0.hasPrefix("PLANDASH_TEST_PG=")
      })
    else {
      throw StartFailure(description: "the private test server did not start: \(started.err)")
    }
    adminURL = String(line.dropFirst("PLANDASH_TEST_PG=".count))
  }

  /// `kill -9` of the server's postmaster: a crash, with nothing flushed on the way out.
  public func kill() throws {
    let killed = try Self.runScript(["kill", folder])
    guard killed.status == 0 else {
      throw StartFailure(description: "kill -9 of the test server failed: \(killed.err)")
    }
  }

  /// Starts the server again after `kill` (crash recovery), on the same address.
  public func restart() throws {
    let started = try Self.runScript(["restart", folder])
    guard started.status == 0 else {
      throw StartFailure(description: "the test server did not start again: \(started.err)")
    }
  }

  /// Stops the server and deletes its folder (again: nothing).
  public func stop() {
    let first = lock.withLock {
      defer { stopped = true }
      return !stopped
    }
    if first { _ = try? Self.runScript(["stop", folder]) }
  }

  deinit { stop() }

  private static func runScript(_ arguments: [String]) throws -> (
    status: Int32, out: String, err: String
  ) {
    try ChildProcess.run(["bash", script] + arguments)
  }
}
