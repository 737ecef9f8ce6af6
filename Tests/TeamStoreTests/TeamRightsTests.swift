import Foundation
import PlanModel
import PlandashTestSupport
import ProgressStore
import Testing

@testable import TeamStore

@Suite(
  "Rights in a team store, enforced by PostgreSQL", .serialized,
  .enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.skipReason)))
struct TeamRightsTests {
  @Test func aUnitReportsOnItsMeasuresAndTheirTargetsOnly() throws {
    let fixture = try TeamFixture()
    let econ = try fixture.store(try fixture.login("econ", .unit, unit: TeamFixture.econ))
    try econ.apply(.setStatus(ids: ["hechuan.measure.parts"], status: .done, note: "完成"), by: "x")
    try econ.apply(
      .setActual(Actual(itemID: "hechuan.target.revenue", year: 2024, value: 1100, note: nil)),
      by: "x")
    #expect(throws: TeamStoreError.notYours(store: econ.location, items: ["hechuan.measure.farms"]))
    {
      try econ.apply(.setStatus(ids: ["hechuan.measure.farms"], status: .done, note: nil), by: "x")
    }
    #expect(throws: TeamStoreError.notYours(store: econ.location, items: ["hechuan.target.grain"]))
    {
      try econ.apply(
        .setActual(Actual(itemID: "hechuan.target.grain", year: 2024, value: 55, note: nil)),
        by: "x")
    }
    // A collective name binds nobody: nobody but the office reports on that measure.
    #expect(throws: TeamStoreError.notYours(store: econ.location, items: ["hechuan.measure.all"])) {
      try econ.apply(.setStatus(ids: ["hechuan.measure.all"], status: .done, note: nil), by: "x")
    }
    let snapshot = try fixture.admin.snapshot()
    #expect(snapshot.measures["hechuan.measure.parts"]?.status == .done)
    // The server sets the author, whatever the client says.
    #expect(snapshot.measures["hechuan.measure.parts"]?.updatedBy == "econ_\(fixture.tag)")
    #expect(snapshot.measures["hechuan.measure.farms"] == nil)
  }

  @Test func aViewerOnlyReadsAndOnlyTheOfficeGrants() throws {
    let fixture = try TeamFixture()
    let viewer = try fixture.store(try fixture.login("viewer", .viewer))
    #expect(try viewer.snapshot().measures.isEmpty)
    do {
      try viewer.apply(.setStatus(ids: ["hechuan.measure.parts"], status: .done, note: nil), by: "")
      Issue.record("a viewer wrote")
    } catch TeamStoreError.denied(_, let detail) {
      #expect(detail == "permission denied for table entry")
    }
    let econ = try fixture.store(try fixture.login("econ", .unit, unit: TeamFixture.econ))
    #expect(throws: TeamStoreError.self) {
      _ = try TeamMembers.grant(
        "intruder_\(fixture.tag)", kind: .office, unit: nil, region: nil, password: "x", on: econ)
    }
    let office = try fixture.store(try fixture.login("office", .office))
    #expect(
      try TeamMembers.grant(
        "farm_\(fixture.tag)", kind: .unit, unit: TeamFixture.farm, region: nil, password: "pw",
        on: office))
  }

  @Test func grantRefusesUnknownAndCollectiveUnitsNamingTheClosest() throws {
    let fixture = try TeamFixture()
    do {
      _ = try TeamMembers.grant(
        "x_\(fixture.tag)", kind: .unit, unit: "区经济信息局", region: nil, password: "pw",
        on: fixture.admin)
      Issue.record("an unknown unit was bound")
    } catch let error as TeamStoreError {
      #expect(error.en.contains("closest: 区经济信息委"))
    }
    #expect(throws: TeamStoreError.self) {
      _ = try TeamMembers.grant(
        "y_\(fixture.tag)", kind: .unit, unit: "各成员单位", region: nil, password: "pw",
        on: fixture.admin)
    }
    let members = try TeamMembers.list(on: fixture.admin).map(\.login)
    #expect(!members.contains("x_\(fixture.tag)") && !members.contains("y_\(fixture.tag)"))
  }

  @Test func undoTakesBackOnlyTheCallersOwnChange() throws {
    let fixture = try TeamFixture()
    let econ = try fixture.store(try fixture.login("econ", .unit, unit: TeamFixture.econ))
    let office = try fixture.store(try fixture.login("office", .office))
    try econ.apply(
      .setStatus(ids: ["hechuan.measure.parts"], status: .inProgress, note: nil), by: "")
    try office.apply(.setStatus(ids: ["hechuan.measure.farms"], status: .done, note: nil), by: "")
    let undone = try econ.apply(.undo, by: "")
    #expect(undone.itemIDs == ["hechuan.measure.parts"])
    let snapshot = try office.snapshot()
    #expect(snapshot.measures["hechuan.measure.parts"] == nil)
    #expect(snapshot.measures["hechuan.measure.farms"]?.status == .done)
    #expect(throws: TeamStoreError.nothingToUndo(store: econ.location)) {
      try econ.apply(.undo, by: "")
    }
    #expect(try econ.apply(.redo, by: "").itemIDs == ["hechuan.measure.parts"])
    #expect(try econ.history(id: "hechuan.measure.parts").map(\.kind) == [.change, .undo, .redo])
  }
}
