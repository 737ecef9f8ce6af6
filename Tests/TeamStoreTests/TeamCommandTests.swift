import Foundation
import PlandashTestSupport
import Testing

/// The team commands through the built binary, against the test server.
@Suite(
  "plandash team, review and the store commands on a team store", .serialized,
  .enabled(
    if: TestPostgres.enabled && PlandashBinary.available,
    Comment(rawValue: TestPostgres.skipReason + "; " + PlandashBinary.skipReason)))
struct TeamCommandTests {
  let english = ["LANG": "en_US.UTF-8"]

  private func run(_ arguments: [String], store: String? = nil, home: TemporaryFolder)
    throws -> PlandashBinary.Result
  {
    var environment = english
    environment["XDG_CACHE_HOME"] = home.path("cache")
    environment["XDG_DATA_HOME"] = home.path("data")
    environment["HOME"] = home.path
    if let store { environment["PLANDASH_STORE"] = store }
    return try PlandashBinary.run(arguments, environment: environment)
  }

  /// A team store with SampleData's 合川区 published and a login for 区经济信息委
  /// (`TeamStoreByCommands`); `team init` run again changes nothing.
  private func setUp(_ home: TemporaryFolder, admin given: String? = nil) throws -> (
    admin: String, unit: String
  ) {
    let team = try TeamStoreByCommands(admin: given, home: home)
    let again = try run(["team", "init", team.admin], home: home)
    #expect(again.out.contains("nothing changed"))
    let versions = try TestPostgres.psql(team.admin, "SELECT max(id) FROM plandash.plan_version")
    #expect(versions.out.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
    return (team.admin, team.unit)
  }

  @Test func aUnitReportsTheOfficeReviewsAndJSONSaysSo() throws {
    let home = TemporaryFolder()
    let (admin, unit) = try setUp(home)
    let own = try run(
      ["mark", "hechuan.measure.auto-parts", "--status", "in-progress", "--note", "已签约3家"],
      store: unit, home: home)
    #expect(own.status == 0, "\(own.err)")
    let other = try run(
      ["mark", "hechuan.measure.organisation-leadership"], store: unit, home: home)
    #expect(other.status == 1)
    #expect(other.err.split(separator: "\n").count == 1)
    #expect(other.err.contains("not responsible for hechuan.measure.organisation-leadership"))
    let pending = try run(["review", "list"], store: admin, home: home)
    #expect(pending.out.contains("hechuan.measure.auto-parts"))
    let refused = try run(["review", "accept", "1"], store: unit, home: home)
    #expect(refused.status == 1)
    let returned = try run(
      ["review", "return", "1", "--note", "请补充合同"], store: admin, home: home)
    #expect(returned.status == 0, "\(returned.err)")
    let seen = try run(["review", "list", "--all"], store: unit, home: home)
    #expect(seen.out.contains("请补充合同"))
    let json = try run(["export", "--format", "json"], store: unit, home: home)
    #expect(json.status == 0, "\(json.err)")
    #expect(
      json.out.contains("\"review\" : \"returned\"") || json.out.contains("\"review\":\"returned\"")
    )
  }

  @Test func anUnreachableServerIsOneLineWithinFiveSeconds() throws {
    let home = TemporaryFolder()
    let start = Date()
    let result = try run(
      ["mark", "hechuan.measure.auto-parts", "--plans", PlandashBinary.sampleData],
      store: "postgres://nobody@127.0.0.1:1/plans", home: home)
    #expect(Date().timeIntervalSince(start) < 5)
    #expect(result.status == 1)
    #expect(
      result.err
        == "plandash: cannot reach the team store postgres://nobody@127.0.0.1:1/plans (connection refused); nothing was changed\n"
    )
    let chinese = try PlandashBinary.run(
      ["status", "--plans", PlandashBinary.sampleData, "--lang", "zh"],
      environment: ["PLANDASH_STORE": "postgres://nobody@127.0.0.1:1/plans"])
    #expect(chinese.err.hasPrefix("plandash: 无法连接团队库"))
  }

  /// A unit's write after the server has gone away: one line naming the store, exit 1,
  /// within 5 s, and the report made before stays (nothing half-written is possible: a
  /// report is one transaction).
  @Test func aWriteWhileTheServerIsAwayIsRefusedInOneLineWithinFiveSeconds() throws {
    let home = TemporaryFolder()
    let cluster = try TestPostgresCluster()
    defer { cluster.stop() }
    let (_, unit) = try setUp(home, admin: cluster.adminURL)
    let before = try run(
      ["mark", "hechuan.measure.auto-parts", "--status", "in-progress"], store: unit, home: home)
    #expect(before.status == 0, "\(before.err)")
    cluster.stop()
    let start = Date()
    let away = try run(
      ["mark", "hechuan.measure.auto-parts", "--status", "done"], store: unit, home: home)
    #expect(Date().timeIntervalSince(start) < 5)
    #expect(away.status == 1)
    #expect(away.err.split(separator: "\n").count == 1, "\(away.err)")
    #expect(away.err.hasPrefix("plandash: cannot reach the team store postgres://"))
    #expect(away.err.hasSuffix("nothing was changed\n"))
    #expect(!away.err.contains(try #require(URLComponents(string: unit)?.password)))
  }
}
