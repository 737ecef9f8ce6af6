import Foundation
import PlanModel
import PlandashTestSupport
import Testing

@testable import ProgressStore

/// `ProgressChange.deleteActual`: one logged change that undo takes back and redo repeats.
@Suite struct ActualDeletionTests {
  let folder = TemporaryFolder()
  var path: String { folder.path("p.sqlite") }

  @Test func deleteUndoAndRedo() throws {
    let store = try ProgressStore(path: path)
    let figure = Actual(itemID: "t.1", year: 2024, value: 412, note: "年报")
    try store.apply(.setActual(figure), by: "a")
    try store.apply(.setActual(Actual(itemID: "t.1", year: 2025, value: 430)), by: "a")
    let deleted = try store.apply(.deleteActual(itemID: "t.1", year: 2024), by: "b")
    #expect(deleted.operation == 3)
    #expect(deleted.itemIDs == ["t.1"])
    #expect(try store.actuals(of: "t.1").map(\.year) == [2025])
    let entry = try #require(try store.history(id: "t.1").last)
    #expect(entry.summary.en == "2024 = 412 → (deleted)")
    #expect(entry.summary.zh == "2024年 = 412 → （已删除）")
    #expect(entry.oldValue == .actual(value: 412, note: "年报"))
    #expect(entry.newValue == nil && entry.by == "b")
    try store.apply(.undo, by: "b")
    #expect(
      try store.actuals(of: "t.1").first == figure, "undo brings back the figure and its note")
    try store.apply(.redo, by: "b")
    #expect(try store.actuals(of: "t.1").map(\.year) == [2025])
    #expect(
      try store.history().suffix(2).map(\.summary.en) == [
        "undo #3: 2024 = 412 (年报)", "redo #3: 2024 = 412 → (deleted)",
      ])
    #expect(
      try store.history().suffix(2).map(\.summary.zh) == [
        "撤销 #3：2024年 = 412（年报）", "重做 #3：2024年 = 412 → （已删除）",
      ])
  }

  @Test func deletingAFigureThatIsNotThereChangesAndLogsNothing() throws {
    let store = try ProgressStore(path: path)
    try store.apply(.setActual(Actual(itemID: "t.1", year: 2024, value: 412)), by: "a")
    let applied = try store.apply(.deleteActual(itemID: "t.1", year: 2023), by: "a")
    #expect(applied.operation == nil && applied.itemIDs.isEmpty)
    #expect(try store.history().count == 1)
    #expect(try store.undoableCount() == 1)
    #expect(try store.actuals(of: "t.1").map(\.value) == [412])
  }

  @Test func theDeletionIsTheChangeUndoTakesBack() throws {
    let store = try ProgressStore(path: path)
    try store.apply(.setActual(Actual(itemID: "t.1", year: 2024, value: 412)), by: "a")
    try store.apply(.setStatus(ids: ["m.1"], status: .done, note: nil), by: "a")
    try store.apply(.deleteActual(itemID: "t.1", year: 2024), by: "a")
    // Undo takes back only the deletion: the later-made mark before it stays.
    try store.apply(.undo, by: "a")
    #expect(try store.actuals(of: "t.1").map(\.value) == [412])
    #expect(try store.snapshot().status(of: "m.1") == .done)
  }
}
