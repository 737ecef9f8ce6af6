import Foundation
import PlanModel
import PlandashTestSupport
import ProgressStore
import Testing

@testable import TeamStore

/// Schema version 5 keeps progress as its log, `plandash.entry`, and a unit appends its own
/// reports to it (EntryRights): psql as a unit, it may append only rows that name an item it
/// may report on and follow that record's newest change, and never set the author, the time,
/// the operation or the review.
@Suite(
  "A unit appends its own reports to the log, and only those", .serialized,
  .enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.skipReason)))
struct TeamEntryRightsTests {
  let parts = "hechuan.measure.parts"
  let farms = "hechuan.measure.farms"

  private func append(_ item: String, seq: Int, extra: (String, String)? = nil) -> String {
    let columns = ["what", "record", "item_id", "seq", "status"] + (extra.map { [$0.0] } ?? [])
    let values =
      ["'status'", "'measure'", "'\(item)'", "\(seq)", "'done'"]
      + (extra.map { [$0.1] } ?? [])
    return
      "INSERT INTO plandash.entry (\(columns.joined(separator: ", "))) VALUES (\(values.joined(separator: ", ")))"
  }

  @Test func theAuthorTimeOperationAndReviewAreTheServers() throws {
    let fixture = try TeamFixture()
    let econURL = try fixture.login("econ", .unit, unit: TeamFixture.econ)
    let forged: [(String, String)] = [
      ("by", "'farm_\(fixture.tag)'"), ("at", "now() - interval '30 days'"),
      ("review", "'accepted'"), ("operation", "1"), ("kind", "'undo'"), ("undone", "true"),
    ]
    for column in forged {
      let result = try TestPostgres.psql(econURL, append(parts, seq: 1, extra: column))
      #expect(
        result.status != 0 && result.err.contains("permission denied"), "\(column): \(result.err)")
    }
    let written = try TestPostgres.psql(econURL, append(parts, seq: 1))
    #expect(written.status == 0, "\(written.err)")
    let stamps = try TestPostgres.psql(
      fixture.adminURL,
      "SELECT by, abs(extract(epoch FROM now() - at)) < 60, review, kind FROM plandash.entry"
    ).out.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(stamps == "econ_\(fixture.tag)|t|pending|change")
    #expect(try fixture.admin.snapshot().measures[parts]?.status == .done)
  }

  @Test func aRowFollowsItsRecordsNewestChange() throws {
    let fixture = try TeamFixture()
    let econURL = try fixture.login("econ", .unit, unit: TeamFixture.econ)
    #expect(try TestPostgres.psql(econURL, append(parts, seq: 1)).status == 0)
    // The number taken: another's report came in between.
    let taken = try TestPostgres.psql(econURL, append(parts, seq: 1))
    #expect(taken.status != 0 && taken.err.contains("entry_record_seq"), "\(taken.err)")
    // A gap would put the report behind a later one.
    let gap = try TestPostgres.psql(econURL, append(parts, seq: 3))
    #expect(gap.status != 0 && gap.err.contains("row-level security"), "\(gap.err)")
    let first = try TestPostgres.psql(econURL, append(farms, seq: 1))
    #expect(first.status != 0 && first.err.contains("row-level security"), "\(first.err)")
    #expect(try TestPostgres.psql(econURL, append(parts, seq: 2)).status == 0)
    #expect(try fixture.admin.history(id: nil).map(\.itemID) == [parts, parts])
  }

  @Test func theAdministratorActingAsAUnitHasTheUnitsRightsAndName() throws {
    let fixture = try TeamFixture()
    _ = try fixture.login("econ", .unit, unit: TeamFixture.econ)
    let asUnit = { (item: String) in
      try ChildProcess.run([
        "psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", fixture.adminURL,
        "-c", "SET ROLE econ_\(fixture.tag)", "-c", append(item, seq: 1),
      ])
    }
    let refused = try asUnit(farms)
    #expect(refused.status != 0 && refused.err.contains("row-level security"), "\(refused.err)")
    #expect(try asUnit(parts).status == 0)
    #expect(try fixture.admin.history(id: nil).map(\.by) == ["econ_\(fixture.tag)"])
  }

  @Test func aUnitMarksOnlyItsOwnOperationsUndoneAndReviewsNothing() throws {
    let fixture = try TeamFixture()
    let econURL = try fixture.login("econ", .unit, unit: TeamFixture.econ)
    let farm = try fixture.store(try fixture.login("farm", .unit, unit: TeamFixture.farm))
    try farm.apply(.setStatus(ids: [farms], status: .done, note: nil), by: "")
    #expect(try TestPostgres.psql(econURL, append(parts, seq: 1)).status == 0)
    let undone = try TestPostgres.psql(
      econURL, "UPDATE plandash.entry SET undone = true RETURNING item_id")
    #expect(undone.out.trimmingCharacters(in: .whitespacesAndNewlines) == parts)
    let review = try TestPostgres.psql(econURL, "UPDATE plandash.entry SET review = 'accepted'")
    #expect(review.status != 0 && review.err.contains("permission denied"), "\(review.err)")
    let states = try TestPostgres.psql(
      fixture.adminURL, "SELECT item_id, undone, review FROM plandash.entry ORDER BY item_id"
    ).out.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(states == "\(farms)|f|pending\n\(parts)|t|pending")
  }
}
