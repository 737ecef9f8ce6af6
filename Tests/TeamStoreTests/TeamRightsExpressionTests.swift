import Foundation
import PlanModel
import PlandashTestSupport
import Testing

@testable import TeamStore

/// Schema version 3 put the rights' expression (`TeamRights`) in the policies themselves;
/// version 6 keeps the rights in a table (`ReportingRights`) that triggers work out again
/// whenever members or the published plans change: the same rights as version 1's
/// `plandash.may_report`, item by item, login by login.
@Suite(
  "The rights' expression of schema 3 grants what version 1 granted", .serialized,
  .enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.skipReason)))
struct TeamRightsExpressionTests {
  /// The fixture's plan again in a second region, with the same units.
  static var tongnan: Plan {
    var plan = TeamFixture.plan
    plan.region = Region(id: "tongnan", name: "潼南区", level: .district)
    let moved = { (id: String) in id.replacingOccurrences(of: "hechuan.", with: "tongnan.") }
    plan.targets = plan.targets.map {
      var target = $0
      target.id = moved(target.id)
      return target
    }
    plan.measures = plan.measures.map {
      var measure = $0
      measure.id = moved(measure.id)
      measure.targets = measure.targets.map(moved)
      return measure
    }
    return plan
  }

  /// Every item the published plans name, each target's comparator series, and items
  /// nobody names.
  private func items(_ fixture: TeamFixture) throws -> [String] {
    try TestPostgres.psql(
      fixture.adminURL,
      """
      SELECT DISTINCT x FROM (SELECT measure_id FROM plandash.measure_unit
        UNION SELECT target_id FROM plandash.measure_target
        UNION SELECT target_id || '.comparator' FROM plandash.measure_target
        UNION VALUES ('hechuan.target.unknown'), ('.comparator'), ('x')) AS i(x) ORDER BY 1
      """
    ).out.split(separator: "\n").map(String.init)
  }

  /// Version 1's `may_report`, as `plandash.may_report_v1`.
  private func installVersion1(_ fixture: TeamFixture) throws {
    let create = try #require(
      SQLScript.statements(TeamSchema.functionsSQL).first {
        $0.contains("FUNCTION plandash.may_report(")
      })
    let renamed = create.replacingOccurrences(
      of: "plandash.may_report(", with: "plandash.may_report_v1(")
    let result = try TestPostgres.psql(
      fixture.adminURL,
      "\(renamed); GRANT EXECUTE ON FUNCTION plandash.may_report_v1(text) TO PUBLIC")
    #expect(result.status == 0, "\(result.err)")
  }

  @Test func everyLoginMayReportOnWhatVersion1Allowed() throws {
    let fixture = try TeamFixture()
    _ = try TeamPlans.publish(
      [], catalog: Catalog(plans: [TeamFixture.plan, Self.tongnan]), on: fixture.admin)
    try installVersion1(fixture)
    var logins = [
      try fixture.login("econ", .unit, unit: TeamFixture.econ),
      try fixture.login("farm", .unit, unit: TeamFixture.farm),
      try fixture.login("tech", .unit, unit: "区科技局"),
      try fixture.login("office", .office),
      try fixture.login("viewer", .viewer),
    ]
    let password = TeamMembers.newPassword()
    let bound = "econ_tongnan_\(fixture.tag)"
    _ = try TeamMembers.grant(
      bound, kind: .unit, unit: TeamFixture.econ, region: "tongnan", password: password,
      on: fixture.admin)
    logins.append(TestPostgres.withUser(fixture.adminURL, bound, password: password))
    let items = try items(fixture)
    #expect(items.count > 12)
    let list = items.map { "('\($0)')" }.joined(separator: ", ")
    var allowed = 0
    for login in logins {
      let rows = try TestPostgres.psql(
        login,
        """
        SELECT x || ' ' || plandash.may_report(x) || ' ' || plandash.may_report_v1(x)
        FROM (VALUES \(list)) AS i(x) ORDER BY 1
        """)
      #expect(rows.status == 0, "\(rows.err)")
      let lines = rows.out.split(separator: "\n")
      #expect(lines.count == items.count)
      for line in lines {
        let parts = line.split(separator: " ")
        #expect(parts.count == 3 && parts[1] == parts[2], "\(login): \(line)")
        if parts.count == 3 && parts[1] == "true" { allowed += 1 }
      }
    }
    // Not all refused (nor all allowed): the comparison says something.
    #expect(allowed > 0 && allowed < logins.count * items.count)
  }

  @Test func thePoliciesHoldTheExpressionItself() throws {
    let fixture = try TeamFixture()
    let quals = try TestPostgres.psql(
      fixture.adminURL,
      """
      SELECT regexp_replace(tablename || '.' || policyname || ' ' || coalesce(qual, '') || ' '
        || coalesce(with_check, ''), '\\s+', ' ', 'g')
      FROM pg_policies WHERE schemaname = 'plandash' AND roles::text LIKE '%plandash_unit%'
        AND cmd <> 'SELECT'
      """
    ).out.split(separator: "\n").map(String.init)
    // The log's: the report (the rights' table, the change number and the row's shape) and
    // the undone flag.
    #expect(quals.count == 2)
    for qual in quals {
      #expect(!qual.contains("may_report") && !qual.contains("measure_unit"), "\(qual)")
    }
    #expect(
      quals.filter {
        $0.contains("reporting_right") && $0.contains("seq") && $0.contains("IS NOT NULL")
      }.count == 1)
  }

  /// What `login` may report on, as the rights' table holds it.
  private func rights(of login: String, _ fixture: TeamFixture) throws -> [String] {
    try TestPostgres.psql(
      fixture.adminURL,
      "SELECT item_id FROM plandash.reporting_right WHERE login = '\(login)' ORDER BY 1"
    ).out.split(separator: "\n").map(String.init)
  }

  /// The rights' table follows what it is worked out from, at once: a login granted has its
  /// unit's measures, their targets and the targets' comparator series; a measure that no
  /// longer names the unit is gone after the next publication, and so is the target only it
  /// tied to the unit; a login revoked has no rights left; a report then meets the new rights.
  @Test func theRightsTableFollowsGrantsPublicationsAndRevocations() throws {
    let fixture = try TeamFixture()
    let econ = try fixture.login("econ", .unit, unit: TeamFixture.econ)
    let login = "econ_\(fixture.tag)"
    #expect(
      try rights(of: login, fixture) == [
        "hechuan.measure.parts", "hechuan.target.revenue", "hechuan.target.revenue.comparator",
      ])
    var moved = TeamFixture.plan
    moved.measures[0].leadUnits = [TeamFixture.farm]
    moved.measures[1].responsibleUnits = [TeamFixture.econ]
    _ = try TeamPlans.publish([], catalog: Catalog(plans: [moved]), on: fixture.admin)
    #expect(
      try rights(of: login, fixture) == [
        "hechuan.measure.farms", "hechuan.target.grain", "hechuan.target.grain.comparator",
      ])
    let store = try fixture.store(econ)
    #expect(
      throws: TeamStoreError.notYours(store: store.location, items: ["hechuan.measure.parts"])
    ) {
      try store.apply(.setNote(id: "hechuan.measure.parts", note: "已移交"), by: "")
    }
    #expect(
      try store.apply(.setNote(id: "hechuan.measure.farms", note: "接手"), by: "").operation != nil)
    _ = try TeamMembers.revoke(login, on: fixture.admin)
    #expect(try rights(of: login, fixture).isEmpty)
  }

  /// At REPEATABLE READ a grant would work its rights out from an older snapshot than a
  /// publication committed meanwhile: the store refuses to change members or plans at any
  /// level but READ COMMITTED, and nothing is granted.
  @Test func membersAndPlansChangeAtReadCommittedOnly() throws {
    let fixture = try TeamFixture()
    let login = "late_\(fixture.tag)"
    let refused = try TestPostgres.psql(
      fixture.adminURL,
      """
      BEGIN ISOLATION LEVEL REPEATABLE READ;
      SELECT plandash.grant_login('\(login)', 'unit', '\(TeamFixture.econ)', NULL, 'pw');
      COMMIT;
      """)
    #expect(refused.err.contains("READ COMMITTED"), "\(refused.err)")
    #expect(try rights(of: login, fixture).isEmpty)
    let members = try TestPostgres.psql(
      fixture.adminURL, "SELECT count(*) FROM plandash.member WHERE login = '\(login)'")
    #expect(members.out.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
  }
}
