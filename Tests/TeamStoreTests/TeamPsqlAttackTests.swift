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
  /// The tables, and version 4's tables that are views of the log now.
  private let relations =
    TeamSchema.currentTables + [
      "measure", "actual", "operation", "operation_item",
    ]

  private func dump(_ fixture: TeamFixture) throws -> [String: String] {
    var content: [String: String] = [:]
    for table in relations {
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
    for table in relations {
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
      "INSERT INTO plandash.entry (what, record, item_id, seq, status) SELECT 'status', 'measure', 'hechuan.measure.farms', max(seq) + 1, 'blocked' FROM plandash.entry WHERE item_id = 'hechuan.measure.farms'",
      "INSERT INTO plandash.entry (what, record, item_id, seq, status) VALUES ('status', 'measure', 'hechuan.measure.new', 1, 'blocked')",
      "INSERT INTO plandash.entry (what, record, item_id, year, seq, value) SELECT 'actual', 'actual', 'hechuan.target.grain', 2024, max(seq) + 1, -1 FROM plandash.entry WHERE item_id = 'hechuan.target.grain'",
      "INSERT INTO plandash.entry (what, record, item_id, seq, status, by) VALUES ('status', 'measure', 'hechuan.measure.parts', 9, 'done', 'farm_\(fixture.tag)')",
      "INSERT INTO plandash.entry (operation, what, record, item_id, seq, status) SELECT max(operation), 'status', 'measure', 'hechuan.measure.parts', 9, 'done' FROM plandash.entry",
      "INSERT INTO plandash.entry (what, record, item_id, seq, status) VALUES ('status', 'measure', 'hechuan.measure.parts', 99, 'done')",
      "UPDATE plandash.entry SET status = 'blocked', value = -1, note = 'hacked'",
      "UPDATE plandash.entry SET undone = true",
      "UPDATE plandash.entry SET review = 'accepted'",
      "UPDATE plandash.entry SET by = current_user",
      "SELECT setval('plandash.operation_number', 1)",
      "SELECT plandash.apply_report('change', 'status', NULL, '[{\"n\":0,\"kind\":\"measure\",\"item\":\"hechuan.measure.farms\",\"status\":\"blocked\"}]')",
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
      "ALTER TABLE plandash.entry DISABLE ROW LEVEL SECURITY",
      "DROP POLICY report ON plandash.entry",
      "SET ROLE plandash_office",
      "SET ROLE plandash_owner",
      Self.asTheOwner(
        "INSERT INTO plandash.entry (what, record, item_id, year, seq, present, status, note, by, review) SELECT 'status', 'measure', 'hechuan.measure.farms', 0, max(seq) + 1, true, 'blocked', 'forged', 'forged', 'accepted' FROM plandash.entry WHERE record = 'measure' AND item_id = 'hechuan.measure.farms'"
      )
        + """
        CREATE DOMAIN pg_temp.text AS pg_catalog.text CHECK (pg_temp.evil(VALUE));
        SELECT * FROM plandash.apply_report('change', 'note', NULL,
          '[{"n":0,"kind":"measure","item":"hechuan.measure.parts","remove":true}]');
        """,
    ]
    return sql
  }

  /// A function of the attacker's own, in its temporary schema, that runs `sql` when it
  /// finds itself called as the owner (by a SECURITY DEFINER function that would resolve
  /// a name to the attacker's temporary objects).
  static func asTheOwner(_ sql: String) -> String {
    """
    CREATE FUNCTION pg_temp.evil(v pg_catalog.text DEFAULT '') RETURNS boolean
      LANGUAGE plpgsql AS $f$
      BEGIN
        IF current_user = 'plandash_owner' THEN
          \(sql);
        END IF;
        RETURN true;
      END $f$;

    """
  }

  /// The office may do much, but not what only the owner may: delete the log. A temporary
  /// view named as a catalog the owner's `grant_login` reads is not read in its place.
  @Test func theOfficeCannotActAsTheOwner() throws {
    let fixture = try TeamFixture()
    let officeURL = try fixture.login("office", .office)
    let farm = try fixture.store(try fixture.login("farm", .unit, unit: TeamFixture.farm))
    try farm.apply(.setStatus(ids: ["hechuan.measure.farms"], status: .done, note: "丰收"), by: "")
    let before = try dump(fixture)
    _ = try TestPostgres.psql(
      officeURL,
      Self.asTheOwner("DELETE FROM plandash.entry")
        + """
        CREATE TEMP VIEW pg_roles AS SELECT * FROM pg_catalog.pg_roles WHERE pg_temp.evil();
        GRANT SELECT ON pg_temp.pg_roles TO PUBLIC;
        SELECT plandash.grant_login('viewer2_\(fixture.tag)', 'viewer', NULL, NULL, 'pw');
        """)
    #expect(try dump(fixture)["entry"] == before["entry"])
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
    for table in relations {
      #expect(before[table] == after[table], "plandash.\(table) changed")
    }
    // And the unit still can do its own work afterwards.
    let econ = try fixture.store(econURL)
    try econ.apply(.setStatus(ids: ["hechuan.measure.parts"], status: .done, note: nil), by: "")
  }
}
