import Foundation
import PlandashTestSupport
import Testing

@testable import TeamStore

@Suite(
  "team init", .serialized,
  .enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.skipReason)))
struct TeamSetupTests {
  @Test func initCreatesOnceAndThenChangesNothing() throws {
    let url = try TeamURL(try TestPostgres.freshDatabase())
    let connection = try TeamConnection(url)
    #expect(try TeamSetup.initialise(connection) == .created(version: TeamSchema.currentVersion))
    let before = try TestPostgres.psql(
      url.fullText, "SELECT count(*) FROM pg_policies WHERE schemaname = 'plandash'")
    #expect(try TeamSetup.initialise(connection) == .unchanged(version: TeamSchema.currentVersion))
    let after = try TestPostgres.psql(
      url.fullText, "SELECT count(*) FROM pg_policies WHERE schemaname = 'plandash'")
    #expect(before.out == after.out)
    #expect(Int(before.out.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 > 20)
  }

  @Test func everyTableIsForcedAndOwnedByTheOwnerRole() throws {
    let url = try TeamURL(try TestPostgres.freshDatabase())
    _ = try TeamSetup.initialise(TeamConnection(url))
    let rows = try TestPostgres.psql(
      url.fullText,
      """
      SELECT c.relname || ' ' || pg_get_userbyid(c.relowner) || ' ' || c.relrowsecurity || ' ' || c.relforcerowsecurity
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'plandash' AND c.relkind = 'r' ORDER BY 1
      """
    ).out.split(separator: "\n").map(String.init)
    #expect(rows.count == TeamSchema.currentTables.count)
    for row in rows { #expect(row.hasSuffix(" plandash_owner true true"), "\(row)") }
  }

  @Test func aNewerSchemaIsRefusedInOneLine() throws {
    let url = try TeamURL(try TestPostgres.freshDatabase())
    _ = try TeamSetup.initialise(TeamConnection(url))
    _ = try TestPostgres.psql(url.fullText, "UPDATE plandash.schema_version SET version = 99")
    let expected = TeamStoreError.newerSchema(
      store: url.description, found: 99, supported: TeamSchema.currentVersion)
    #expect(throws: expected) { try TeamSetup.initialise(TeamConnection(url)) }
    #expect(throws: expected) { try TeamStore(url: url) }
  }

  @Test func aDatabaseWithoutTheSchemaIsNotATeamStore() throws {
    let url = try TeamURL(try TestPostgres.freshDatabase())
    #expect(throws: TeamStoreError.notInitialised(store: url.description)) {
      try TeamStore(url: url)
    }
  }
}
