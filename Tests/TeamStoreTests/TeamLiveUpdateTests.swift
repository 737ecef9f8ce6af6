import Foundation
import PlanModel
import PlandashTestSupport
import ProgressStore
import Testing

@testable import TeamStore

/// A listening store hears of another's report at once and reads only that report's
/// records, not the whole store.
@Suite(
  "Live updates from a team store", .serialized,
  .enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.skipReason)))
struct TeamLiveUpdateTests {
  let parts = "hechuan.measure.parts"

  /// Waits (at most 1 s) until the store's change counter passes `counter`.
  private func waitForNotification(_ store: TeamStore, after counter: Int64) throws -> Bool {
    let deadline = Date().addingTimeInterval(1)
    while Date() < deadline {
      if try store.changeCounter() > counter { return true }
      Thread.sleep(forTimeInterval: 0.01)
    }
    return false
  }

  @Test func anothersReportArrivesWithinASecondWithoutReadingTheWholeStore() throws {
    let fixture = try TeamFixture()
    let econ = try fixture.store(try fixture.login("econ", .unit, unit: TeamFixture.econ))
    let office = try fixture.store(try fixture.login("office", .office))
    try office.apply(.setStatus(ids: ["hechuan.measure.farms"], status: .done, note: nil), by: "")
    try office.startListening()
    let first = try office.snapshot()
    #expect(office.fullReads.value == 1)
    let counter = try office.changeCounter()
    let started = Date()
    try econ.apply(.setStatus(ids: [parts], status: .inProgress, note: "签约"), by: "")
    try econ.apply(
      .setActual(Actual(itemID: "hechuan.target.revenue", year: 2024, value: 1100, note: nil)),
      by: "")
    #expect(try waitForNotification(office, after: counter + 1))
    let second = try office.snapshot()
    #expect(Date().timeIntervalSince(started) < 1)
    #expect(second.measures[parts]?.status == .inProgress)
    #expect(second.measures[parts]?.note == "签约")
    #expect(second.measures[parts]?.updatedBy == "econ_\(fixture.tag)")
    #expect(second.actuals["hechuan.target.revenue"]?.map(\.value) == [1100])
    #expect(second.measures["hechuan.measure.farms"] == first.measures["hechuan.measure.farms"])
    #expect(office.fullReads.value == 1, "only the announced operations were read")
    #expect(office.liveReads.value >= 1)
    // The same as a whole read gives.
    #expect(second == (try fixture.admin.snapshot()))
  }

  @Test func undoAndTheOfficesReviewAnnouncementsLeaveTheSameProgressAsAWholeRead() throws {
    let fixture = try TeamFixture()
    let econ = try fixture.store(try fixture.login("econ", .unit, unit: TeamFixture.econ))
    let office = try fixture.store(try fixture.login("office", .office))
    try office.startListening()
    _ = try office.snapshot()
    let report = try econ.apply(.setStatus(ids: [parts], status: .done, note: nil), by: "")
    try econ.apply(.undo, by: "")
    // The review updates the first report's row: announced again, after the undo.
    _ = try TeamReview.decide([try #require(report.operation)], .accepted, note: nil, on: office)
    let deadline = Date().addingTimeInterval(1)
    var snapshot = try office.snapshot()
    while snapshot.measures[parts] != nil, Date() < deadline {
      Thread.sleep(forTimeInterval: 0.02)
      snapshot = try office.snapshot()
    }
    Thread.sleep(forTimeInterval: 0.2)
    snapshot = try office.snapshot()
    #expect(snapshot.measures[parts] == nil, "the undo took the report back")
    #expect(snapshot == (try fixture.admin.snapshot()))
    #expect(office.fullReads.value == 1)
  }

  @Test func ownWritesShowAtOnceWithoutWaitingForTheirAnnouncement() throws {
    let fixture = try TeamFixture()
    let econ = try fixture.store(try fixture.login("econ", .unit, unit: TeamFixture.econ))
    try econ.startListening()
    _ = try econ.snapshot()
    try econ.apply(.setStatus(ids: [parts], status: .blocked, note: nil), by: "")
    #expect(try econ.snapshot().measures[parts]?.status == .blocked)
  }
}
