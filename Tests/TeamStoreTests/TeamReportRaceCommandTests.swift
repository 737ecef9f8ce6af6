import Foundation
import PlanModel
import PlandashTestSupport
import ProgressStore
import Testing

@testable import TeamStore

/// `plandash mark` racing the office's report on the same measure, through the binary: the
/// later one says in one line whose report it replaced, and the history keeps both.
@Suite(
  "mark racing another's report on a team store", .serialized,
  .enabled(
    if: TestPostgres.enabled && PlandashBinary.available,
    Comment(rawValue: TestPostgres.skipReason + "; " + PlandashBinary.skipReason)))
struct TeamReportRaceCommandTests {
  let id = "hechuan.measure.auto-parts"

  @Test func theLaterMarkSaysItReplacedTheOfficesReport() throws {
    let team = try TeamStoreByCommands()
    let first = try team.run(["mark", id, "--status", "in-progress"])
    #expect(first.status == 0, "\(first.err)")
    let office = try TeamStore(url: TeamURL(team.admin))
    try office.connection.execute("BEGIN")
    let held = try TeamWriter(
      connection: office.connection, store: office.location, view: office.view
    ).apply(.setStatus(ids: [id], status: .blocked, note: "待复核"))
    let (process, out, err) = try PlandashBinary.start(
      ["mark", id, "--status", "done"], environment: team.environment(store: team.unit))
    do {
      try TeamStoreRace.waitUntilWaitingOnALock(team.admin, login: team.unitLogin)
    } catch {
      _ = try? office.connection.execute("ROLLBACK")
      throw error
    }
    try office.connection.execute("COMMIT")
    let result = PlandashBinary.finish(process, out: out, err: err)
    #expect(result.status == 0, "\(result.err)")
    let lines = result.out.split(separator: "\n").map(String.init)
    let operation = try #require(held.operation)
    let admin = try #require(URLComponents(string: team.admin)?.user)
    #expect(lines.count == 2, "\(lines)")
    #expect(
      lines.last
        == "replaced \(admin)'s report on \(id) (#\(operation)), made meanwhile; both are in the history"
    )
    let history = try team.run(["history", id])
    #expect(history.status == 0, "\(history.err)")
    #expect(history.out.contains(admin) && history.out.contains(team.unitLogin), "\(history.out)")
    // Without a race, nothing is said.
    let calm = try team.run(["mark", id, "--status", "in-progress"])
    #expect(calm.out.split(separator: "\n").count == 1, "\(calm.out)")
  }
}
