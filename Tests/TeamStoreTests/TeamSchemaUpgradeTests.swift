import Foundation
import PlanModel
import PlandashTestSupport
import ProgressStore
import Testing

@testable import TeamStore

/// A store made by an older plandash is refused until `team init` brings it up to this
/// version; then running init again changes nothing, the rights are the same, and the
/// progress and history it held are all there (version 5 puts the log in place of version
/// 4's records and operations: EntryCopy; version 6 keeps the rights in a table and the
/// log's enumerations in domains: ReportingRights, EntryDomains).
@Suite(
  "team init upgrades an older team store", .serialized,
  .enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.skipReason)))
struct TeamSchemaUpgradeTests {
  let parts = "hechuan.measure.parts"
  let farms = "hechuan.measure.farms"
  let revenue = "hechuan.target.revenue"

  /// A fresh database with a team store made as `version` made it.
  private func store(at version: Int) throws -> (url: TeamURL, connection: TeamConnection) {
    let url = try TeamURL(try TestPostgres.freshDatabase())
    let connection = try TeamConnection(url)
    #expect(try TeamSetup.initialise(connection, through: version) == .created(version: version))
    return (url, connection)
  }

  @Test(arguments: [1, 2, 3, 4, 5])
  func anOlderStoreIsRefusedUntilInitUpgradesIt(version: Int) throws {
    let (url, connection) = try store(at: version)
    defer { connection.close() }
    let current = TeamSchema.currentVersion
    #expect(
      throws: TeamStoreError.olderSchema(store: url.description, found: version, supported: current)
    ) { try TeamStore(url: url) }
    #expect(try TeamSetup.initialise(connection) == .upgraded(from: version, to: current))
    #expect(try TeamSetup.initialise(connection) == .unchanged(version: current))
    let admin = try TeamStore(url: url)
    _ = try TeamPlans.publish([], catalog: TeamFixture.catalog, on: admin)
    let login = "econ_up\(version)_\(UUID().uuidString.prefix(6).lowercased())"
    let password = TeamMembers.newPassword()
    _ = try TeamMembers.grant(
      login, kind: .unit, unit: TeamFixture.econ, region: nil, password: password, on: admin)
    let econ = try TeamStore(
      url: TeamURL(TestPostgres.withUser(url.fullText, login, password: password)))
    #expect(try econ.apply(.setNote(id: parts, note: "升级后"), by: "").operation != nil)
    #expect(throws: TeamStoreError.notYours(store: econ.location, items: [farms])) {
      try econ.apply(.setStatus(ids: [farms], status: .done, note: nil), by: "")
    }
  }

  /// Version 4's progress, written as version 4 wrote it, with a record written outside the
  /// log and one removed outside it.
  static let version4Progress = """
    BEGIN;
    INSERT INTO plandash.operation (id, kind, what) VALUES (1, 'change', 'status');
    INSERT INTO plandash.operation_item (operation_id, position, record, item_id, old_exists,
      new_exists, new_status, new_note)
      VALUES (1, 0, 'measure', 'hechuan.measure.parts', false, true, 'done', '完成');
    INSERT INTO plandash.measure (id, status, note, operation_id)
      VALUES ('hechuan.measure.parts', 'done', '完成', 1);
    INSERT INTO plandash.operation (id, kind, what) VALUES (2, 'change', 'actual');
    INSERT INTO plandash.operation_item (operation_id, position, record, item_id, year,
      old_exists, new_exists, new_value, new_note)
      VALUES (2, 0, 'actual', 'hechuan.target.revenue', 2024, false, true, 1100, NULL),
        (2, 1, 'actual', 'hechuan.target.revenue', 2025, false, true, 1300, '预计');
    INSERT INTO plandash.actual (item_id, year, value, note, operation_id)
      VALUES ('hechuan.target.revenue', 2024, 1100, NULL, 2),
        ('hechuan.target.revenue', 2025, 1300, '预计', 2);
    UPDATE plandash.operation SET review = 'accepted', review_note = '属实' WHERE id = 1;
    INSERT INTO plandash.measure (id, status) VALUES ('hechuan.measure.farms', 'blocked');
    DELETE FROM plandash.actual WHERE year = 2025;
    SELECT setval('plandash.operation_id_seq', 2);
    COMMIT;
    """

  @Test func version4sProgressAndHistoryAreAllKept() throws {
    let (url, connection) = try store(at: 4)
    defer { connection.close() }
    let written = try TestPostgres.psql(url.fullText, Self.version4Progress)
    #expect(written.status == 0 && written.err.isEmpty, "\(written.err)")
    #expect(
      try TeamSetup.initialise(connection)
        == .upgraded(from: 4, to: TeamSchema.currentVersion))
    let admin = try TeamStore(url: url)
    let snapshot = try admin.snapshot()
    #expect(snapshot.measures[parts]?.status == .done && snapshot.measures[parts]?.note == "完成")
    #expect(snapshot.measures[farms]?.status == .blocked)
    #expect(
      snapshot.actuals[revenue] == [Actual(itemID: revenue, year: 2024, value: 1100, note: nil)])
    let history = try admin.history(id: nil)
    #expect(history.map(\.operation).prefix(3) == [1, 2, 2])
    #expect(history.count == 5)
    // The removal outside the log is a change of its own, from 1300 to no figure.
    let removal = try #require(history.last { $0.itemID == revenue })
    #expect(removal.oldValue == .actual(value: 1300, note: "预计") && removal.newValue == nil)
    let reports = try TeamReview.reports(pendingOnly: false, on: admin)
    #expect(reports.first { $0.id == 1 }?.review == .accepted)
    #expect(reports.first { $0.id == 1 }?.note == "属实")
    // New operations are numbered after the old ones.
    _ = try TeamPlans.publish([], catalog: TeamFixture.catalog, on: admin)
    let next = try admin.apply(.setNote(id: parts, note: "又一次"), by: "")
    #expect(try #require(next.operation) > (history.map(\.operation).max() ?? 0))
    #expect(try admin.history(id: parts).map(\.oldValue?.note) == [nil, "完成"])
  }

  /// A version-5 store with a unit's login and its report: upgraded, the login keeps its
  /// rights (the table is filled from the members and plans already there), its report
  /// stays in the history, and the log still refuses a row of the wrong shape.
  @Test func version5sLoginsKeepTheirRightsAndTheirReports() throws {
    let (url, connection) = try store(at: 5)
    defer { connection.close() }
    let login = "econ_v5_\(UUID().uuidString.prefix(6).lowercased())"
    let password = TeamMembers.newPassword()
    let prepared = try TestPostgres.psql(
      url.fullText,
      """
      INSERT INTO plandash.measure_unit (measure_id, unit, role, region)
        VALUES ('\(parts)', '\(TeamFixture.econ)', 'lead', 'hechuan'),
          ('\(farms)', '\(TeamFixture.farm)', 'lead', 'hechuan');
      SELECT plandash.grant_login('\(login)', 'unit', '\(TeamFixture.econ)', NULL, '\(password)');
      """)
    #expect(prepared.status == 0, "\(prepared.err)")
    let unitURL = TestPostgres.withUser(url.fullText, login, password: password)
    let reported = try TestPostgres.psql(
      unitURL,
      """
      INSERT INTO plandash.entry (what, record, item_id, year, seq, present, status, note)
        VALUES ('status', 'measure', '\(parts)', 0, 1, true, 'done', '升级前');
      """)
    #expect(reported.status == 0, "\(reported.err)")
    #expect(try TeamSetup.initialise(connection) == .upgraded(from: 5, to: 6))
    let econ = try TeamStore(url: TeamURL(unitURL))
    #expect(try econ.apply(.setNote(id: parts, note: "升级后"), by: "").operation != nil)
    #expect(try econ.history(id: parts).map(\.newValue?.note) == ["升级前", "升级后"])
    #expect(throws: TeamStoreError.notYours(store: econ.location, items: [farms])) {
      try econ.apply(.setStatus(ids: [farms], status: .done, note: nil), by: "")
    }
    let misshapen = try TestPostgres.psql(
      unitURL,
      """
      INSERT INTO plandash.entry (what, record, item_id, year, seq, present, status)
        VALUES ('status', 'measure', '\(parts)', 2024, 3, true, 'done');
      """)
    #expect(misshapen.err.contains("row-level security"), "\(misshapen.err)")
    let unknown = try TestPostgres.psql(
      unitURL,
      """
      INSERT INTO plandash.entry (what, record, item_id, year, seq, present, status)
        VALUES ('status', 'measure', '\(parts)', 0, 3, true, 'finished');
      """)
    #expect(unknown.err.contains("measure_status"), "\(unknown.err)")
  }
}
