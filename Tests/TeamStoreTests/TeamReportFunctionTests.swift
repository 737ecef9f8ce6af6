import Foundation
import PlanModel
import PlandashTestSupport
import ProgressStore
import Testing

@testable import TeamStore

/// A report is one round trip: a report of one record is one row appended to the log, its
/// right checked by the server's policy, and announced only once committed; a report of
/// several records is one call of `plandash.apply_report` (EntryReport).
@Suite(
  "A report in one round trip", .serialized,
  .enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.skipReason)))
struct TeamReportFunctionTests {
  let parts = "hechuan.measure.parts"
  let farms = "hechuan.measure.farms"
  let revenue = "hechuan.target.revenue"

  @Test func eachKindOfReportIsOneStatement() throws {
    let fixture = try TeamFixture()
    let econ = try fixture.store(try fixture.login("econ", .unit, unit: TeamFixture.econ))
    // What it saw of every record: no record is read before it is written.
    _ = try econ.snapshot()
    let figure = Actual(itemID: revenue, year: 2024, value: 1100, note: "快报")
    let changes: [ProgressChange] = [
      .setStatus(ids: [parts], status: .inProgress, note: "开工"),
      .setNote(id: parts, note: "过半"),
      .setActual(figure),
      .deleteActual(itemID: revenue, year: 2024),
    ]
    for change in changes {
      let before = econ.connection.statementsSent
      let applied = try econ.apply([change], by: "")
      #expect(econ.connection.statementsSent - before == 1, "\(change)")
      #expect(applied.first?.operation != nil, "\(change)")
    }
    let before = econ.connection.statementsSent
    try econ.importActuals([figure], by: "")
    #expect(econ.connection.statementsSent - before == 1)
    let snapshot = try fixture.admin.snapshot()
    #expect(snapshot.measures[parts]?.status == .inProgress)
    #expect(snapshot.measures[parts]?.note == "过半")
    #expect(snapshot.actuals[revenue] == [figure])
    #expect(
      try fixture.admin.history(id: parts).map(\.by)
        == Array(repeating: "econ_\(fixture.tag)", count: 2))
  }

  @Test func aReportThatChangesNothingIsNotLogged() throws {
    let fixture = try TeamFixture()
    let econ = try fixture.store(try fixture.login("econ", .unit, unit: TeamFixture.econ))
    try econ.apply(.setStatus(ids: [parts], status: .done, note: "完成"), by: "")
    // The same status, no note given (the note stays): nothing changes.
    let again = try econ.apply(.setStatus(ids: [parts], status: .done, note: nil), by: "")
    #expect(again.operation == nil && again.itemIDs.isEmpty)
    // An empty note clears it; no figure that year: deleting it changes nothing.
    let cleared = try econ.apply(.setStatus(ids: [parts], status: .done, note: ""), by: "")
    #expect(cleared.itemIDs == [parts])
    #expect(try fixture.admin.snapshot().measures[parts]?.note == nil)
    let none = try econ.apply(.deleteActual(itemID: revenue, year: 2030), by: "")
    #expect(none.operation == nil)
    #expect(try fixture.admin.history(id: parts).count == 2)
  }

  @Test func aCommandThatNeverLookedReportsOverTheNewestInOneRoundTrip() throws {
    let fixture = try TeamFixture()
    let econURL = try fixture.login("econ", .unit, unit: TeamFixture.econ)
    try fixture.store(econURL).apply(.setStatus(ids: [parts], status: .done, note: "完成"), by: "")
    // The same status, the note kept: nothing changes, nothing is logged.
    let same = try fixture.store(econURL)
    #expect(
      try same.apply(.setStatus(ids: [parts], status: .done, note: nil), by: "").operation == nil)
    // Another status: the note there is kept, in one statement.
    let other = try fixture.store(econURL)
    let before = other.connection.statementsSent
    let blocked = try other.apply(.setStatus(ids: [parts], status: .blocked, note: nil), by: "")
    #expect(other.connection.statementsSent - before == 1)
    #expect(blocked.itemIDs == [parts] && blocked.replaced.isEmpty)
    let progress = try fixture.admin.snapshot().measures[parts]
    #expect(progress?.status == .blocked && progress?.note == "完成")
    // Removing a figure that is not there changes nothing.
    let none = try fixture.store(econURL).apply(
      .deleteActual(itemID: revenue, year: 2030), by: "")
    #expect(none.operation == nil)
    #expect(try fixture.admin.history(id: nil).count == 2)
    // What it wrote is what it saw: its next report of the record is made over it.
    let again = try other.apply(.setNote(id: parts, note: "再议"), by: "")
    #expect(again.replaced.isEmpty)
    #expect(
      try fixture.admin.history(id: parts).last?.oldValue == .measure(status: .blocked, note: "完成"))
  }

  @Test func aUnitStillReportsOnlyOnItsOwnItems() throws {
    let fixture = try TeamFixture()
    let econURL = try fixture.login("econ", .unit, unit: TeamFixture.econ)
    let econ = try fixture.store(econURL)
    #expect(throws: TeamStoreError.notYours(store: econ.location, items: [farms])) {
      try econ.apply(.setStatus(ids: [parts, farms], status: .done, note: nil), by: "")
    }
    // Nothing of the refused report was written, its own measure included.
    #expect(try fixture.admin.snapshot().measures.isEmpty)
    #expect(try fixture.admin.history(id: nil).isEmpty)
    // Alone, it is refused the same.
    #expect(throws: TeamStoreError.notYours(store: econ.location, items: [farms])) {
      try econ.apply(.setStatus(ids: [farms], status: .done, note: nil), by: "")
    }
    // With psql, the function refuses the same; a row appended directly is held by
    // row-level security.
    let call = try TestPostgres.psql(
      econURL,
      """
      SELECT plandash.apply_report('change', 'status', NULL,
        '[{"n":0,"kind":"measure","item":"\(farms)","status":"done"}]')
      """)
    #expect(call.status != 0 && call.err.contains("not yours"), "\(call.err)")
    let direct = try TestPostgres.psql(
      econURL,
      """
      INSERT INTO plandash.entry (what, record, item_id, seq, status)
        VALUES ('status', 'measure', '\(farms)', 1, 'done')
      """)
    #expect(direct.status != 0 && direct.err.contains("row-level security"), "\(direct.err)")
    #expect(try fixture.admin.snapshot().measures[farms] == nil)
    // A viewer may write no record, one or several.
    let viewer = try fixture.store(try fixture.login("viewer", .viewer))
    let denied = TeamStoreError.denied(
      store: viewer.location, detail: "permission denied for table entry")
    #expect(throws: denied) { try viewer.apply(.setNote(id: parts, note: "看看"), by: "") }
    #expect(throws: denied) {
      try viewer.apply(.setStatus(ids: [parts, farms], status: .done, note: nil), by: "")
    }
  }

  @Test func theReplacedNoticeComesBackFromTheServer() throws {
    let fixture = try TeamFixture()
    let econ = try fixture.store(try fixture.login("econ", .unit, unit: TeamFixture.econ))
    let office = try fixture.store(try fixture.login("office", .office))
    let figure = Actual(itemID: revenue, year: 2025, value: 1300, note: nil)
    _ = try econ.snapshot()
    let first = try office.apply(.setActual(figure), by: "")
    var mine = figure
    mine.value = 1350
    let second = try econ.importActuals([mine], by: "")
    #expect(
      second.replaced
        == [
          ReplacedReport(
            itemID: revenue, year: 2025, operation: try #require(first.operation),
            by: "office_\(fixture.tag)")
        ])
    // Its own write is what it saw last: the next one replaces nobody's.
    mine.value = 1400
    #expect(try econ.importActuals([mine], by: "").replaced.isEmpty)
  }

  @Test func theAnnouncementFollowsTheCommit() throws {
    let fixture = try TeamFixture()
    let econ = try fixture.store(try fixture.login("econ", .unit, unit: TeamFixture.econ))
    let listener = try TeamConnection(try TeamURL(fixture.adminURL))
    defer { listener.close() }
    let heard = Heard()
    try listener.listen(TeamSchema.channel) { heard.add($0) }
    // A refused report is announced to nobody.
    _ = try? econ.apply(.setStatus(ids: [farms], status: .done, note: nil), by: "")
    let applied = try econ.apply(.setStatus(ids: [parts], status: .done, note: nil), by: "")
    let operation = try #require(applied.operation)
    let payloads = heard.wait(for: 1)
    #expect(payloads == [String(operation)])
    // What was announced is committed: another connection sees it.
    let seen = try fixture.admin.snapshot()
    #expect(seen.measures[parts]?.status == .done)
    // So is a report of several records.
    let several = try econ.importActuals(
      [2026, 2027].map { Actual(itemID: revenue, year: $0, value: 1, note: nil) }, by: "")
    #expect(heard.wait(for: 2).last == String(try #require(several.operation)))
  }
}

/// Notification payloads, from an event-loop thread, for the test's thread.
final class Heard: @unchecked Sendable {
  private let lock = NSLock()
  private var payloads: [String] = []

  func add(_ payload: String) { lock.withLock { payloads.append(payload) } }

  /// The payloads once there are `count` (or after 5 s), and a moment more for any extra.
  func wait(for count: Int) -> [String] {
    let deadline = Date().addingTimeInterval(5)
    while lock.withLock({ payloads.count }) < count && Date() < deadline {
      Thread.sleep(forTimeInterval: 0.02)
    }
    Thread.sleep(forTimeInterval: 0.3)
    return lock.withLock { payloads }
  }
}
