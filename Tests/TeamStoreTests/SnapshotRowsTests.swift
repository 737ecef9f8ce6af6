import Foundation
import PlanModel
import ProgressStore
import Testing

@testable import TeamStore

/// The whole progress as `readSnapshot` receives it: each record's newest change, one JSON
/// array a kind of record.
@Suite struct SnapshotRowsTests {
  @Test func recordsPresentAreReadWithTheChangesThatWroteThem() throws {
    let rows = try SnapshotRows(
      measures: """
        [["a.measure.x", "done", "完成", 1796554537.371924, "econ_1", 12, 3, true],
         ["a.measure.y", "blocked", null, 1796554538, "office_1", 7, 1, true]]
        """,
      actuals: """
        [["a.target.t", 2023, 1.1, null, "econ_1", 3, 1, true],
         ["a.target.t", 2024, 1200, "快报", "econ_1", 4, 2, true]]
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
    #expect(
      rows.seen[RecordView.Key(.measure, "a.measure.x")]
        == RecordView.Seen(
          seq: 3, operation: 12, by: "econ_1", value: .measure(status: .done, note: "完成")))
    #expect(
      rows.seen[RecordView.Key(.actual, "a.target.t", 2024)]
        == RecordView.Seen(
          seq: 2, operation: 4, by: "econ_1", value: .actual(value: 1200, note: "快报")))
  }

  @Test func aRecordRemovedIsNotInTheSnapshotButItsChangeIsSeen() throws {
    let rows = try SnapshotRows(
      measures: "[]",
      actuals: """
        [["a.target.t", 2024, null, null, "econ_1", 9, 4, false]]
        """)
    #expect(rows.snapshot.actuals.isEmpty)
    #expect(
      rows.seen[RecordView.Key(.actual, "a.target.t", 2024)]
        == RecordView.Seen(seq: 4, operation: 9, by: "econ_1", value: nil))
  }

  @Test func anEmptyStoreIsAnEmptySnapshot() throws {
    let rows = try SnapshotRows(measures: "[]", actuals: "[]")
    #expect(rows.snapshot.measures.isEmpty && rows.snapshot.actuals.isEmpty && rows.seen.isEmpty)
  }
}
