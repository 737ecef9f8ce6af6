import Foundation
import PlanModel
import PlandashTestSupport
import ProgressStore
import Testing

@testable import TeamStore

@Suite(
  "store migrate: a local store into a team store", .serialized,
  .enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.skipReason)))
struct TeamMigrationTests {
  @Test func statusesActualsNotesAndTheWholeHistoryArrive() throws {
    let folder = TemporaryFolder()
    let local = try ProgressStore(path: folder.path("progress.sqlite"))
    try local.apply(.setStatus(ids: ["hechuan.measure.parts"], status: .done, note: "完成"), by: "王")
    try local.apply(
      .setActual(Actual(itemID: "hechuan.target.revenue", year: 2024, value: 1100, note: "统计局")),
      by: "李")
    try local.apply(.undo, by: "李")
    try local.apply(.redo, by: "李")
    let fixture = try TeamFixture()
    let counts = try TeamMigration.copy(
      history: local.history(), snapshot: local.snapshot(), into: fixture.admin)
    #expect(counts == TeamMigration.Counts(statuses: 1, actuals: 1, operations: 4))
    // PostgreSQL keeps times to the microsecond.
    let rounded = { (snapshot: ProgressSnapshot) -> ProgressSnapshot in
      var copy = snapshot
      for (id, progress) in copy.measures {
        copy.measures[id]?.updatedAt = progress.updatedAt.map { ($0 * 1000).rounded() / 1000 }
      }
      return copy
    }
    #expect(rounded(try fixture.admin.snapshot()) == rounded(try local.snapshot()))
    let strip = { (entries: [LogEntry]) in
      entries.map {
        [
          $0.kind.rawValue, $0.what, $0.itemID, $0.by, $0.summary.en,
          String(($0.at * 1000).rounded()),
        ]
      }
    }
    #expect(strip(try fixture.admin.history(id: nil)) == strip(try local.history()))
    #expect(try fixture.admin.reviews() == ["hechuan.measure.parts": .accepted])
    // A unit may not migrate: its writes get the server's author and time.
    let unit = try fixture.store(try fixture.login("econ", .unit, unit: TeamFixture.econ))
    #expect(throws: TeamStoreError.self) {
      _ = try TeamMigration.copy(history: [], snapshot: ProgressSnapshot(), into: unit)
    }
  }
}
