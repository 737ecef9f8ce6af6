import Foundation
import PlanModel
import PlandashTestSupport
import Testing

@testable import TeamStore

/// The published plans on this machine: a version's folder, once complete, is trusted by
/// the version's number and publication time, so a later start asks for nothing more.
@Suite(
  "The team plan cache", .serialized,
  .enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.skipReason)))
struct TeamPlanCacheTests {
  let file = TeamPlans.PlanFile(name: "hechuan.yaml", content: Data("region: hechuan\n".utf8))

  @Test func aKeptVersionCostsOneQueryAndANewOneIsFetched() throws {
    let fixture = try TeamFixture()
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(
      "plandash-plan-cache-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: home) }
    let cache = TeamPlanCache(store: fixture.admin.url, environment: ["XDG_CACHE_HOME": home])
    let version = try TeamPlans.publish([file], catalog: TeamFixture.catalog, on: fixture.admin)
    let first = try #require(try cache.plansFolder(from: fixture.admin))
    #expect((first as NSString).lastPathComponent.hasPrefix("v\(version)-"))
    #expect(FileManager.default.contents(atPath: first + "/hechuan.yaml") == file.content)
    let before = fixture.admin.connection.statementsSent
    #expect(try cache.plansFolder(from: fixture.admin) == first)
    #expect(fixture.admin.connection.statementsSent - before == 1)
    #expect(cache.lastSeen == first)
    // A new version is a new folder, with its own files.
    let changed = TeamPlans.PlanFile(name: "hechuan.yaml", content: Data("region: x\n".utf8))
    let next = try TeamPlans.publish([changed], catalog: TeamFixture.catalog, on: fixture.admin)
    let second = try #require(try cache.plansFolder(from: fixture.admin))
    #expect((second as NSString).lastPathComponent.hasPrefix("v\(next)-"))
    #expect(FileManager.default.contents(atPath: second + "/hechuan.yaml") == changed.content)
  }

  @Test func aDatabaseMadeAgainNeverReusesAnOldFolder() throws {
    let fixture = try TeamFixture()
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(
      "plandash-plan-cache-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: home) }
    let cache = TeamPlanCache(store: fixture.admin.url, environment: ["XDG_CACHE_HOME": home])
    _ = try TeamPlans.publish([file], catalog: TeamFixture.catalog, on: fixture.admin)
    let first = try #require(try cache.plansFolder(from: fixture.admin))
    // The same version number, published at another moment (as after the store is made
    // again): not the folder kept.
    let moved = try TestPostgres.psql(
      fixture.adminURL,
      "UPDATE plandash.plan_version SET published_at = published_at - interval '1 day'")
    #expect(moved.status == 0, "\(moved.err)")
    let second = try #require(try cache.plansFolder(from: fixture.admin))
    #expect(second != first)
    #expect(FileManager.default.contents(atPath: second + "/hechuan.yaml") == file.content)
  }
}
