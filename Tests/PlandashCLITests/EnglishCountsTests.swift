import PlanModel
import Testing

@testable import PlandashCLI

/// The commands' reports of what they did count in English as a reader expects: one of a
/// thing, two things.
@Suite struct EnglishCountsTests {
  @Test func anImportedDraftsCountsOfOneAreSingular() {
    let message = CLIText.draftWritten("plans/a.yaml", counts: [27, 0, 1, 1, 19], review: 28)
    #expect(
      message.en
        == "wrote plans/a.yaml: 27 targets, 0 clusters, 1 ladder, 1 indicator, 19 measures; 28 to review"
    )
    #expect(message.zh == "已写入 plans/a.yaml：目标 27、集群 0、梯度 1、指标 1、措施 19；待核 28 项")
  }

  @Test func aMigrationsCountsTakeTheirOwnPlurals() {
    #expect(
      TeamText.migrated(statuses: 1, actuals: 2, operations: 1).en
        == "migrated 1 status, 2 actuals, 1 logged operation")
    #expect(
      TeamText.migrated(statuses: 3, actuals: 1, operations: 0).en
        == "migrated 3 statuses, 1 actual, 0 logged operations")
  }
}
