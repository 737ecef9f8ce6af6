import Foundation
import PlanModel
import PlandashTestSupport
import Testing

@testable import ProgressStore

/// `plandash actual delete` and the years `actual set` accepts, through the built binary
/// (the fixture plan runs 2023–2027 and gives no issue date).
extension CommandLineTests {
  /// How messages name the fixture's target when its id is typed.
  static let revenue = "“规上工业营业收入” (testville.target.revenue)"

  @Test func actualDeleteIsUndoneAndRedone() throws {
    let set = ["actual", "set", "testville.target.revenue", "--value"]
    #expect(try cli(set + ["412", "--year", "2024", "--note", "统计公报"]).status == 0)
    #expect(try cli(set + ["430", "--year", "2025"]).status == 0)
    let deleted = try cli(["actual", "delete", "testville.target.revenue", "--year", "2024"])
    #expect(deleted.status == 0, "\(deleted.err)")
    #expect(
      deleted.out
        == "\(Self.revenue) 2024 = 412 deleted as #3 (plandash undo brings it back)\n")
    #expect(try snapshot().actuals["testville.target.revenue"]?.map(\.year) == [2025])
    let history = try cli(["history", "testville.target.revenue"])
    #expect(history.out.contains("412 (统计公报) → (deleted)"), "\(history.out)")
    #expect(
      try ProgressStore(path: store).history().last?.summary.en == "2024 = 412 → (deleted)")
    #expect(try cli(["undo"]).out == "undid #3 (1 record)\n")
    #expect(
      try snapshot().actuals["testville.target.revenue"]?.first
        == Actual(itemID: "testville.target.revenue", year: 2024, value: 412, note: "统计公报"))
    #expect(try cli(["redo"]).out == "redid #3 (1 record)\n")
    #expect(try snapshot().actuals["testville.target.revenue"]?.map(\.year) == [2025])
  }

  @Test func actualDeleteRefusalsLeaveTheStoreByteForByte() throws {
    #expect(
      try cli(["actual", "set", "testville.target.revenue", "--year", "2024", "--value", "1"])
        .status == 0)
    let before = FileFingerprint(store)
    let delete = ["actual", "delete"]
    expectOneLineFailure(
      try cli(delete + ["testville.target.revenu", "--year", "2024"]),
      containing: "unknown id testville.target.revenu (closest: testville.target.revenue")
    expectOneLineFailure(
      try cli(delete + ["testville.target.revenue", "--year", "2023"]),
      containing:
        "no actual figure of \(Self.revenue) for 2023 (recorded years: 2024); nothing was deleted"
    )
    expectOneLineFailure(
      try cli(delete + ["testville.target.revenue", "--year", "20x"]),
      containing: "--year 20x: not a year")
    expectOneLineFailure(
      try cli(delete + ["testville.measure.m0", "--year", "2024"]),
      containing: "“措施0” (testville.measure.m0) is a measure")
    #expect(FileFingerprint(store) == before)
  }

  @Test func actualDeleteWithNoStoreCreatesNone() throws {
    let result = try cli(["actual", "delete", "testville.target.revenue", "--year", "2024"])
    expectOneLineFailure(
      result,
      containing: "no actual figure of \(Self.revenue) for 2024 is recorded")
    #expect(!FileManager.default.fileExists(atPath: store))
  }

  /// From ten years before the plan (no issue date: its start, 2023) to its end, 2027.
  @Test func actualYearsAreAcceptedFromTenYearsBeforeThePlanToItsEnd() throws {
    let base = ["actual", "set", "testville.target.revenue", "--value", "1", "--year"]
    #expect(try cli(base + ["2013"]).status == 0)
    #expect(try cli(base + ["2027"]).status == 0)
    let before = FileFingerprint(store)
    for year in ["2012", "2028"] {
      expectOneLineFailure(
        try cli(base + [year]),
        containing:
          "year \(year) is outside the years accepted for \(Self.revenue) (2013–2027: from ten years before the plan was issued to the end of its horizon)"
      )
    }
    #expect(FileFingerprint(store) == before)
    #expect(try snapshot().actuals["testville.target.revenue"]?.map(\.year) == [2013, 2027])
  }
}
