import Foundation
import PlanModel
import PlandashTestSupport
import ProgressStore
import Testing

@testable import TeamStore

/// Two people changing one measure at once: the later write is told it replaced the
/// other's, and both stay in the history. "At once": the record the writer saw (its
/// snapshot, or what a command read just before its transaction) is not what the server
/// holds when the write takes the record's lock.
@Suite(
  "Two reports on one measure at once", .serialized,
  .enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.skipReason)))
struct TeamConcurrentReportTests {
  let parts = "hechuan.measure.parts"

  @Test func theLaterWriterIsToldAndBothAreInTheHistory() throws {
    let fixture = try TeamFixture()
    let econ = try fixture.store(try fixture.login("econ", .unit, unit: TeamFixture.econ))
    let office = try fixture.store(try fixture.login("office", .office))
    // Both have the measure on screen (nothing recorded yet).
    _ = try econ.snapshot()
    _ = try office.snapshot()
    let first = try office.apply(.setStatus(ids: [parts], status: .blocked, note: "缺资金"), by: "")
    #expect(first.replaced.isEmpty)
    let second = try econ.apply(.setStatus(ids: [parts], status: .done, note: nil), by: "")
    let operation = try #require(first.operation)
    #expect(
      second.replaced
        == [ReplacedReport(itemID: parts, operation: operation, by: "office_\(fixture.tag)")])
    let history = try fixture.admin.history(id: parts)
    #expect(history.map(\.operation) == [operation, second.operation])
    #expect(history.map(\.by) == ["office_\(fixture.tag)", "econ_\(fixture.tag)"])
    // The server keeps which report it replaced.
    let replaced = try TestPostgres.psql(
      fixture.adminURL,
      "SELECT replaced FROM plandash.operation WHERE id = \(try #require(second.operation))")
    #expect(replaced.out.trimmingCharacters(in: .whitespacesAndNewlines) == String(operation))
    // Seen now: the next change replaces nobody's.
    let third = try econ.apply(.setNote(id: parts, note: "验收"), by: "")
    #expect(third.replaced.isEmpty)
  }

  @Test func oneAfterTheOtherIsNotAtOnce() throws {
    let fixture = try TeamFixture()
    let econ = try fixture.store(try fixture.login("econ", .unit, unit: TeamFixture.econ))
    let office = try fixture.store(try fixture.login("office", .office))
    try office.apply(.setStatus(ids: [parts], status: .blocked, note: nil), by: "")
    // A command that looks just before writing sees the office's report: no replacement.
    let later = try econ.apply(.setStatus(ids: [parts], status: .done, note: nil), by: "")
    #expect(later.replaced.isEmpty)
    // An actual figure too: seen in a snapshot, changed by another, then written.
    let revenue = Actual(itemID: "hechuan.target.revenue", year: 2024, value: 1100, note: nil)
    _ = try econ.snapshot()
    let officeFigure = try office.apply(.setActual(revenue), by: "")
    var mine = revenue
    mine.value = 1200
    let replaced = try econ.apply(.setActual(mine), by: "").replaced
    #expect(
      replaced == [
        ReplacedReport(
          itemID: "hechuan.target.revenue", year: 2024,
          operation: try #require(officeFigure.operation), by: "office_\(fixture.tag)")
      ])
  }

  /// The race itself: the office's report holds the record's lock while a unit's command
  /// starts and waits for it; once the office commits, the unit's write goes through and
  /// says whose report it replaced.
  @Test func aCommandWaitingOnAnothersWriteIsToldItReplacedIt() throws {
    let fixture = try TeamFixture()
    let econURL = try fixture.login("econ", .unit, unit: TeamFixture.econ)
    let econ = try fixture.store(econURL)
    try econ.apply(.setStatus(ids: [parts], status: .inProgress, note: nil), by: "")
    let office = try fixture.store(try fixture.login("office", .office))
    try office.connection.execute("BEGIN")
    let held = try TeamWriter(
      connection: office.connection, store: office.location, view: office.view
    ).apply(.setStatus(ids: [parts], status: .blocked, note: nil))
    let racing = TeamStoreRace(url: econURL) {
      try $0.apply(.setStatus(ids: [parts], status: .done, note: nil), by: "")
    }
    try TeamStoreRace.waitUntilWaitingOnALock(fixture.adminURL, login: "econ_\(fixture.tag)")
    try office.connection.execute("COMMIT")
    let applied = try racing.result()
    #expect(
      applied.replaced
        == [
          ReplacedReport(
            itemID: parts, operation: try #require(held.operation), by: "office_\(fixture.tag)")
        ])
    #expect(try fixture.admin.snapshot().measures[parts]?.status == .done)
    #expect(try fixture.admin.history(id: parts).count == 3)
  }
}

/// A write made on another thread (its own connection), for racing one held open.
final class TeamStoreRace: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var outcome: Result<AppliedOperation, any Error>?

  init(url: String, _ write: @escaping @Sendable (TeamStore) throws -> AppliedOperation) {
    Thread.detachNewThread {
      self.outcome = Result { try write(try TeamStore(url: TeamURL(url), timeout: 10)) }
      self.done.signal()
    }
  }

  func result() throws -> AppliedOperation {
    done.wait()
    return try outcome!.get()
  }

  struct NeverWaited: Error, CustomStringConvertible {
    var description = "the racing write never waited on the held lock"
  }

  /// Polls the server until a session of `login` waits on a lock (at most `timeout` s).
  static func waitUntilWaitingOnALock(
    _ adminURL: String, login: String, timeout: Double = 10
  ) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let waiting = try TestPostgres.psql(
        adminURL,
        "SELECT count(*) FROM pg_stat_activity WHERE usename = '\(login)' AND wait_event_type = 'Lock'"
      )
      if waiting.out.trimmingCharacters(in: .whitespacesAndNewlines) == "1" { return }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw NeverWaited()
  }
}
