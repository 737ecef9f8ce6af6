import Foundation
import PlanModel
import PlandashTestSupport
import ProgressStore
import Testing

@testable import TeamStore

/// A unit's login with psql, trying to change what is not its own on every table.
@Suite(
  "psql as a unit cannot touch another unit's records", .serialized,
  .enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.skipReason)))
struct TeamPsqlAttackTests {
  /// Every table's content as the administrator sees it, but for the attacking unit's own
  /// rows (an empty report under its own name is its own business).
  private func dump(_ fixture: TeamFixture) throws -> [String: String] {
    var content: [String: String] = [:]
    for table in TeamSchema.tables {
      content[table] =
        try TestPostgres.psql(
          fixture.adminURL,
          "SELECT t::text FROM plandash.\(table) t WHERE t::text NOT LIKE '%econ_\(fixture.tag)%' ORDER BY t::text"
        ).out
    }
    return content
  }

  private func attacks(_ fixture: TeamFixture) -> [String] {
    var sql: [String] = []
    for table in TeamSchema.tables {
      sql.append("TRUNCATE plandash.\(table) CASCADE")
      sql.append("DELETE FROM plandash.\(table)")
    }
    sql += [
      "UPDATE plandash.measure SET status = 'blocked', note = 'hacked'",
      "UPDATE plandash.actual SET value = -1",
      "INSERT INTO plandash.measure (id, status) VALUES ('hechuan.measure.farms', 'blocked')",
      "INSERT INTO plandash.measure (id, status) VALUES ('hechuan.measure.new', 'blocked')",
      "INSERT INTO plandash.actual (item_id, year, value) VALUES ('hechuan.target.grain', 2025, 1)",
      "UPDATE plandash.operation SET review = 'accepted'",
      "UPDATE plandash.operation SET undone = true",
      "UPDATE plandash.operation SET by = current_user",
      "INSERT INTO plandash.operation (kind, what, by) VALUES ('change', 'status', 'farm_\(fixture.tag)')",
      "INSERT INTO plandash.operation_item (operation_id, position, record, item_id, old_exists, new_exists) SELECT max(id), 9, 'measure', 'hechuan.measure.farms', false, true FROM plandash.operation",
      "INSERT INTO plandash.member (login, kind) VALUES (current_user, 'office')",
      "UPDATE plandash.member SET kind = 'office'",
      "INSERT INTO plandash.measure_unit VALUES ('hechuan.measure.farms', '\(TeamFixture.econ)', 'lead', 'hechuan')",
      "UPDATE plandash.measure_unit SET unit = '\(TeamFixture.econ)'",
      "INSERT INTO plandash.measure_target VALUES ('hechuan.measure.parts', 'hechuan.target.grain')",
      "UPDATE plandash.period SET due_day = 1",
      "INSERT INTO plandash.plan_version DEFAULT VALUES",
      "UPDATE plandash.schema_version SET version = 99",
      "SELECT plandash.grant_login(current_user, 'office', NULL, NULL, 'x')",
      "SELECT plandash.revoke_login('farm_\(fixture.tag)')",
      "GRANT plandash_office TO current_user",
      "ALTER TABLE plandash.measure DISABLE ROW LEVEL SECURITY",
      "DROP POLICY unit_update ON plandash.measure",
      "SET ROLE plandash_office",
      "SET ROLE plandash_owner",
    ]
    return sql
  }

  @Test func nothingOfAnotherUnitChanges() throws {
    let fixture = try TeamFixture()
    let econURL = try fixture.login("econ", .unit, unit: TeamFixture.econ)
    let farmURL = try fixture.login("farm", .unit, unit: TeamFixture.farm)
    let farm = try fixture.store(farmURL)
    try farm.apply(.setStatus(ids: ["hechuan.measure.farms"], status: .done, note: "丰收"), by: "")
    try farm.apply(
      .setActual(Actual(itemID: "hechuan.target.grain", year: 2024, value: 56, note: nil)), by: "")
    try TeamPeriod.setDueDay(25, on: fixture.admin)
    let before = try dump(fixture)
    for attack in attacks(fixture) {
      _ = try TestPostgres.psql(econURL, attack)
    }
    let after = try dump(fixture)
    for table in TeamSchema.tables {
      #expect(before[table] == after[table], "plandash.\(table) changed")
    }
    // And the unit still can do its own work afterwards.
    let econ = try fixture.store(econURL)
    try econ.apply(.setStatus(ids: ["hechuan.measure.parts"], status: .done, note: nil), by: "")
  }
}
