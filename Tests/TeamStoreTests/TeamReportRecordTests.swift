import Foundation
import PlanModel
import PlandashTestSupport
import ProgressStore
import Testing

@testable import TeamStore

/// Schema version 4's short path for a report of one record, `plandash.report_record`, runs
/// as the owner and checks the caller's rights itself (TeamSchema+Version4): it must grant and
/// refuse exactly what `apply_report` under row-level security does, and set the author and
/// time itself whatever the caller sends or sets.
@Suite(
  "A report of one record takes the short path with the same rights", .serialized,
  .enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.skipReason)))
struct TeamReportRecordTests {
  let parts = "hechuan.measure.parts"
  let farms = "hechuan.measure.farms"
  let revenue = "hechuan.target.revenue"

  /// A status on every measure and a 2024 figure on every target and comparator series,
  /// written by the administrator.
  private func seed(_ fixture: TeamFixture) throws {
    let measures = ["hechuan.measure.parts", "hechuan.measure.farms", "hechuan.measure.all"]
    try fixture.admin.apply(.setStatus(ids: measures, status: .inProgress, note: "x"), by: "")
    let figures = ["hechuan.target.revenue", "hechuan.target.grain"].flatMap {
      [$0, $0 + ".comparator"]
    }.map { Actual(itemID: $0, year: 2024, value: 1, note: "x") }
    _ = try fixture.admin.importActuals(figures, by: "")
  }

  /// A DO block, run as a login, that sends every kind of record on every item both ways
  /// (each in a subtransaction rolled back) and fails naming any that answer differently.
  static let compareBothPaths = """
    DO $$
    DECLARE
      item text;
      c record;
      fast text;
      general text;
      differ text[] := '{}';
      outcomes text[] := '{}';
    BEGIN
      FOR item IN SELECT measure_id FROM plandash.measure_unit
          UNION SELECT target_id FROM plandash.measure_target
          UNION SELECT target_id || '.comparator' FROM plandash.measure_target
          UNION VALUES ('hechuan.target.unknown'), ('x') LOOP
        FOR c IN SELECT * FROM (VALUES
            ('measure', NULL::integer, false, 'done', false, 'y', NULL::float8, NULL::bigint),
            ('measure', NULL, false, 'in-progress', false, 'x', NULL, NULL),
            ('measure', NULL, false, NULL, true, NULL, NULL, -1),
            ('measure', NULL, true, NULL, false, NULL, NULL, NULL),
            ('actual', 2024, false, NULL, false, 'n', 5, -1),
            ('actual', 2024, false, NULL, false, 'x', 1, NULL),
            ('actual', 2024, true, NULL, false, NULL, NULL, NULL),
            ('actual', 2030, true, NULL, false, NULL, NULL, NULL),
            ('actual', 2030, false, NULL, false, NULL, 7, NULL))
            AS v(kind, year, remove, status, keepnote, note, value, seen) LOOP
          BEGIN
            SELECT (a.operation_id IS NOT NULL) || ' ' || a.written::text || ' '
                || coalesce(a.replaced, '-') INTO fast
              FROM plandash.report_record('status', 0, c.kind, item, c.year, c.remove, c.status,
                c.keepnote, c.note, c.value, c.seen) AS a;
            RAISE SQLSTATE 'PDX99' USING MESSAGE = fast;
          EXCEPTION WHEN OTHERS THEN
            fast := SQLSTATE || ' ' || SQLERRM;
          END;
          BEGIN
            SELECT (a.operation_id IS NOT NULL) || ' ' || a.written::text || ' '
                || coalesce(a.replaced, '-') INTO general
              FROM plandash.apply_report('change', 'status', NULL, jsonb_build_array(
                jsonb_build_object('n', 0, 'kind', c.kind, 'item', item, 'year', c.year,
                  'remove', c.remove, 'status', c.status, 'keepnote', c.keepnote,
                  'note', c.note, 'value', c.value, 'seen', c.seen))) AS a;
            RAISE SQLSTATE 'PDX99' USING MESSAGE = general;
          EXCEPTION WHEN OTHERS THEN
            general := SQLSTATE || ' ' || SQLERRM;
          END;
          IF fast IS DISTINCT FROM general THEN
            differ := differ || (item || ' ' || c::text || ': ' || coalesce(fast, '?') || ' / '
              || coalesce(general, '?'));
          END IF;
          outcomes := outcomes || CASE WHEN general LIKE '%"operation"%' THEN 'replaced'
            ELSE left(general, 9) END;
        END LOOP;
      END LOOP;
      IF cardinality(differ) > 0 THEN
        RAISE EXCEPTION 'the paths differ: %', array_to_string(differ, E'\\n');
      END IF;
      RAISE NOTICE 'outcomes: %', (SELECT string_agg(DISTINCT o, ', ' ORDER BY o)
        FROM unnest(outcomes) AS o);
    END
    $$;
    """

  @Test func everyLoginGetsWhatApplyReportGivesOnEveryItem() throws {
    let fixture = try TeamFixture()
    try seed(fixture)
    let logins = [
      fixture.adminURL,
      try fixture.login("econ", .unit, unit: TeamFixture.econ),
      try fixture.login("farm", .unit, unit: TeamFixture.farm),
      try fixture.login("tech", .unit, unit: "区科技局"),
      try fixture.login("office", .office),
      try fixture.login("viewer", .viewer),
    ]
    var outcomes: [String] = []
    for login in logins {
      let result = try TestPostgres.psql(login, Self.compareBothPaths)
      #expect(result.status == 0, "\(result.err)")
      outcomes.append(result.err)
    }
    // Written, left out, replaced, refused and denied all occurred.
    let all = outcomes.joined()
    for outcome in ["PDX99 tru", "PDX99 fal", "replaced", "PD001 not", "42501 per"] {
      #expect(all.contains(outcome), "\(outcome) in \(all)")
    }
    #expect(try fixture.admin.history(id: parts).count == 1)
  }

  @Test func aUnitCannotWriteAnothersItemNorForgeItsAuthorOrTime() throws {
    let fixture = try TeamFixture()
    let econURL = try fixture.login("econ", .unit, unit: TeamFixture.econ)
    let call = { (item: String) in
      """
      SET plandash.migrating = 'on';
      SELECT operation_id FROM plandash.report_record('status', 0, 'measure', '\(item)', NULL,
        false, 'done', false, '伪造', NULL, NULL);
      """
    }
    let refused = try TestPostgres.psql(econURL, call(farms))
    #expect(refused.status != 0 && refused.err.contains("not yours"), "\(refused.err)")
    // As the unit's group it is nobody bound to a unit.
    let asGroup = try TestPostgres.psql(econURL, "SET ROLE plandash_unit; " + call(parts))
    #expect(asGroup.status != 0 && asGroup.err.contains("not yours"), "\(asGroup.err)")
    let written = try TestPostgres.psql(econURL, call(parts))
    #expect(written.status == 0, "\(written.err)")
    let stamps = try TestPostgres.psql(
      fixture.adminURL,
      """
      SELECT o.by, m.updated_by, abs(extract(epoch FROM now() - o.at)) < 60,
        o.at = m.updated_at, o.review
      FROM plandash.operation o JOIN plandash.measure m ON m.operation_id = o.id
      """
    ).out.trimmingCharacters(in: .whitespacesAndNewlines)
    let login = "econ_\(fixture.tag)"
    #expect(stamps == "\(login)|\(login)|t|t|pending")
    #expect(try fixture.admin.snapshot().measures[farms] == nil)
  }

  @Test func theOfficeAndARoleSetByTheAdministratorReportAsThemselves() throws {
    let fixture = try TeamFixture()
    _ = try fixture.login("econ", .unit, unit: TeamFixture.econ)
    let office = try fixture.store(try fixture.login("office", .office))
    let applied = try office.apply(.setStatus(ids: [farms], status: .done, note: "办公室"), by: "")
    #expect(applied.itemIDs == [farms])
    // The administrator acting as the unit: the unit's rights, the unit's name.
    let record = { (item: String) in
      try ChildProcess.run([
        "psql", "-X", "-q", "-A", "-t", "-d", fixture.adminURL,
        "-c", "SET ROLE econ_\(fixture.tag)",
        "-c",
        #"CALL plandash.report('status', '[{"n":0,"kind":"measure","item":"\#(item)","status":"blocked"}]')"#,
      ])
    }
    let refused = try record(farms)
    #expect(refused.status != 0 && refused.err.contains("not yours"), "\(refused.err)")
    let written = try record(parts)
    #expect(written.status == 0, "\(written.err)")
    let authors = try fixture.admin.history(id: nil).map(\.by)
    #expect(Set(authors) == ["office_\(fixture.tag)", "econ_\(fixture.tag)"])
  }

  @Test func aReportOfOneRecordTakesTheShortPathAndOfSeveralTheGeneralOne() throws {
    let fixture = try TeamFixture()
    let econ = try fixture.store(try fixture.login("econ", .unit, unit: TeamFixture.econ))
    let revoke = try TestPostgres.psql(
      fixture.adminURL,
      """
      REVOKE EXECUTE ON FUNCTION plandash.report_record(text, integer, text, text, integer,
        boolean, text, boolean, text, double precision, bigint) FROM plandash_unit
      """)
    #expect(revoke.status == 0, "\(revoke.err)")
    #expect(throws: TeamStoreError.self) {
      try econ.apply(.setNote(id: parts, note: "一条"), by: "")
    }
    let figures = [2024, 2025].map { Actual(itemID: revenue, year: $0, value: 1, note: nil) }
    #expect(try econ.importActuals(figures, by: "").itemIDs == [revenue, revenue])
  }
}
