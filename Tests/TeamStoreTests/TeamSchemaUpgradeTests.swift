import Foundation
import PlanModel
import PlandashTestSupport
import ProgressStore
import Testing

@testable import TeamStore

/// A store made by an older plandash is refused until `team init` brings it up to this
/// version; then running init again changes nothing, and the rights are the same.
@Suite(
  "team init upgrades an older team store", .serialized,
  .enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.skipReason)))
struct TeamSchemaUpgradeTests {
  let parts = "hechuan.measure.parts"
  let farms = "hechuan.measure.farms"

  /// Makes the fixture's store look as one of `version` did, as its owner: the unit's
  /// policies calling `plandash.may_report` (versions 1 and 2); without the report
  /// functions (version 1); with `write_record` (version 2); without the short path for a
  /// report of one record, its triggers stamping every row (versions 1 to 3).
  private func downgrade(_ fixture: TeamFixture, to version: Int) throws {
    let policies =
      version == 3
      ? ""
      : TeamPolicies.unitPolicyNames.map { "DROP POLICY \($0.0) ON plandash.\($0.1);" }.joined()
        + TeamPolicies.unitPolicies { "plandash.may_report(\($0))" }
    let functions =
      switch version {
      case 1: "DROP PROCEDURE plandash.report; DROP FUNCTION plandash.apply_report;"
      case 2:
        """
        CREATE FUNCTION plandash.write_record(w jsonb, operation bigint, place integer)
          RETURNS void LANGUAGE sql AS 'SELECT NULL';
        """
      default:
        SQLScript.statements(TeamSchema.reportProcedureSQL).filter { $0.hasPrefix("CREATE") }
          .map {
            $0.replacingOccurrences(of: "CREATE PROCEDURE", with: "CREATE OR REPLACE PROCEDURE")
              + ";"
          }
          .joined()
      }
    let result = try TestPostgres.psql(
      fixture.adminURL,
      """
      SET ROLE plandash_owner; \(policies) \(functions)
      DROP FUNCTION plandash.report_record; \(TeamSchema.stampTriggersSQL(when: ""))
      DELETE FROM plandash.schema_version; INSERT INTO plandash.schema_version VALUES (\(version));
      """)
    #expect(result.status == 0 && result.err.isEmpty, "\(result.err)")
  }

  private func count(_ fixture: TeamFixture, _ sql: String) throws -> Int {
    Int(
      try TestPostgres.psql(fixture.adminURL, sql).out.trimmingCharacters(
        in: .whitespacesAndNewlines)
    ) ?? -1
  }

  @Test(arguments: [1, 2, 3])
  func anOlderStoreIsRefusedUntilInitUpgradesIt(version: Int) throws {
    let fixture = try TeamFixture()
    let econURL = try fixture.login("econ", .unit, unit: TeamFixture.econ)
    try downgrade(fixture, to: version)
    let url = try TeamURL(fixture.adminURL)
    let current = TeamSchema.currentVersion
    #expect(
      throws: TeamStoreError.olderSchema(store: url.description, found: version, supported: current)
    ) { try TeamStore(url: url) }
    let connection = try TeamConnection(url)
    defer { connection.close() }
    #expect(try TeamSetup.initialise(connection) == .upgraded(from: version, to: current))
    #expect(try TeamSetup.initialise(connection) == .unchanged(version: current))
    #expect(try count(fixture, "SELECT count(*) FROM pg_proc WHERE proname = 'write_record'") == 0)
    #expect(
      try count(
        fixture,
        "SELECT count(*) FROM pg_policies WHERE schemaname = 'plandash' AND (qual LIKE '%may_report%' OR with_check LIKE '%may_report%')"
      ) == 0)
    #expect(
      try count(fixture, "SELECT count(*) FROM pg_policies WHERE policyname LIKE 'unit_%'") == 9)
    #expect(try count(fixture, "SELECT count(*) FROM pg_proc WHERE proname = 'report_record'") == 1)
    #expect(
      try count(
        fixture,
        "SELECT count(*) FROM pg_trigger WHERE tgname = 'stamp' AND pg_get_triggerdef(oid) LIKE '%WHEN%'"
      ) == 3)
    #expect(
      try count(fixture, "SELECT count(*) FROM pg_proc WHERE prosrc LIKE '%report_record(p_what%'")
        == 1)
    let econ = try fixture.store(econURL)
    #expect(try econ.apply(.setNote(id: parts, note: "升级后"), by: "").operation != nil)
    #expect(throws: TeamStoreError.notYours(store: econ.location, items: [farms])) {
      try econ.apply(.setStatus(ids: [farms], status: .done, note: nil), by: "")
    }
  }
}
