import Foundation
import PlanModel
import Testing

@testable import TeamStore

/// The whole progress as `readSnapshot` receives it, one JSON array a table.
@Suite struct SnapshotRowsTests {
  @Test func measuresAndFiguresAreReadWithTheOperationsThatWroteThem() throws {
    let rows = try SnapshotRows(
      measures: """
        [["a.measure.x", "done", "完成", 1796554537.371924, "econ_1", 12],
         ["a.measure.y", "blocked", null, 1796554538, "office_1", null]]
        """,
      actuals: """
        [["a.target.t", 2023, 1.1, null, 3], ["a.target.t", 2024, 1200, "快报", 4]]
        """)
    #expect(
      rows.snapshot.measures["a.measure.x"]
        == MeasureProgress(
          status: .done, note: "完成", updatedAt: 1796554537.371924, updatedBy: "econ_1"))
    #expect(rows.snapshot.measures["a.measure.y"]?.note == nil)
    #expect(
      rows.snapshot.actuals["a.target.t"]
        == [
          Actual(itemID: "a.target.t", year: 2023, value: 1.1, note: nil),
          Actual(itemID: "a.target.t", year: 2024, value: 1200, note: "快报"),
        ])
    #expect(rows.seen[RecordView.Key(.measure, "a.measure.x")] == .some(12))
    #expect(rows.seen[RecordView.Key(.measure, "a.measure.y")] == .some(0))
    #expect(rows.seen[RecordView.Key(.actual, "a.target.t", 2024)] == .some(4))
  }

  @Test func anEmptyStoreIsAnEmptySnapshot() throws {
    let rows = try SnapshotRows(measures: "[]", actuals: "[]")
    #expect(rows.snapshot.measures.isEmpty && rows.snapshot.actuals.isEmpty && rows.seen.isEmpty)
  }
}
