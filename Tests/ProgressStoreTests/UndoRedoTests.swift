import PlanModel
import PlandashTestSupport
import Testing

@testable import ProgressStore

@Suite struct UndoRedoTests {
  let folder = TemporaryFolder()

  func makeStore() throws -> ProgressStore { try ProgressStore(path: folder.path("p.sqlite")) }

  @Test func undoRestoresTheOldValueAndIsLogged() throws {
    let store = try makeStore()
    try store.apply(.setStatus(ids: ["m.1"], status: .inProgress, note: "a"), by: "u1")
    let change = try store.apply(.setStatus(ids: ["m.1"], status: .done, note: "b"), by: "u1")
    let undo = try store.apply(.undo, by: "u2")
    #expect(undo.reverts == change.operation)
    #expect(try store.snapshot().measures["m.1"]?.status == .inProgress)
    #expect(try store.snapshot().measures["m.1"]?.note == "a")
    let last = try #require(try store.history().last)
    #expect(last.kind == .undo)
    #expect(last.by == "u2")
    #expect(last.reverts == change.operation)
    #expect(last.oldValue == .measure(status: .done, note: "b"))
    #expect(last.newValue == .measure(status: .inProgress, note: "a"))
    #expect(try store.history().first { $0.operation == change.operation }?.undone == true)
  }

  @Test func undoOfAFirstMarkRemovesTheRecord() throws {
    let store = try makeStore()
    try store.apply(.setStatus(ids: ["m.1", "m.2"], status: .done, note: nil), by: "u")
    try store.apply(.undo, by: "u")
    #expect(try store.snapshot().measures.isEmpty)
  }

  @Test func undoStepsBackOneChangeAtATimeNewestFirst() throws {
    let store = try makeStore()
    try store.apply(.setStatus(ids: ["m.1"], status: .inProgress, note: nil), by: "u")
    try store.apply(.setActual(Actual(itemID: "t.1", year: 2024, value: 1)), by: "u")
    try store.apply(.setStatus(ids: ["m.1"], status: .done, note: nil), by: "u")
    try store.apply([.undo, .undo], by: "u")
    let snapshot = try store.snapshot()
    #expect(snapshot.status(of: "m.1") == .inProgress)
    #expect(snapshot.actuals["t.1"] == nil)
    try store.apply(.undo, by: "u")
    #expect(try store.snapshot().measures.isEmpty)
    #expect(throws: StoreError.nothingToUndo(path: store.path)) { try store.apply(.undo, by: "u") }
  }

  @Test func redoReappliesInOrderAndUndoAgainWorks() throws {
    let store = try makeStore()
    try store.apply(.setActual(Actual(itemID: "t.1", year: 2024, value: 1)), by: "u")
    try store.apply(.setActual(Actual(itemID: "t.1", year: 2024, value: 2)), by: "u")
    try store.apply([.undo, .undo], by: "u")
    #expect(try store.actuals(of: "t.1").isEmpty)
    try store.apply(.redo, by: "u")
    #expect(try store.actuals(of: "t.1").map(\.value) == [1])
    try store.apply(.redo, by: "u")
    #expect(try store.actuals(of: "t.1").map(\.value) == [2])
    #expect(throws: StoreError.nothingToRedo(path: store.path)) { try store.apply(.redo, by: "u") }
    try store.apply(.undo, by: "u")
    #expect(try store.actuals(of: "t.1").map(\.value) == [1])
    #expect(
      try store.history().map(\.kind) == [.change, .change, .undo, .undo, .redo, .redo, .undo])
  }

  @Test func aNewChangeClearsWhatCouldBeRedone() throws {
    let store = try makeStore()
    try store.apply(.setStatus(ids: ["m.1"], status: .done, note: nil), by: "u")
    try store.apply(.undo, by: "u")
    try store.apply(.setStatus(ids: ["m.2"], status: .done, note: nil), by: "u")
    #expect(throws: StoreError.nothingToRedo(path: store.path)) { try store.apply(.redo, by: "u") }
    #expect(try store.snapshot().measures["m.1"] == nil)
  }

  @Test func undoAfterRedoTakesBackTheRedoneChange() throws {
    let store = try makeStore()
    try store.apply(.setNote(id: "m.1", note: "x"), by: "u")
    try store.apply(.undo, by: "u")
    try store.apply(.redo, by: "u")
    #expect(try store.snapshot().measures["m.1"]?.note == "x")
    try store.apply(.undo, by: "u")
    #expect(try store.snapshot().measures["m.1"] == nil)
    try store.apply(.redo, by: "u")
    #expect(try store.snapshot().measures["m.1"]?.note == "x")
  }
}

@Suite struct LogSummaryTests {
  @Test func entriesSayWhatChangedInWords() throws {
    let folder = TemporaryFolder()
    let store = try ProgressStore(path: folder.path("p.sqlite"))
    try store.apply(.setStatus(ids: ["m.1"], status: .done, note: "验收"), by: "a")
    try store.apply(.setNote(id: "m.1", note: "待用地"), by: "a")
    try store.apply(.setNote(id: "m.1", note: nil), by: "a")
    try store.apply(.setActual(Actual(itemID: "t.1", year: 2024, value: 412, note: "年报")), by: "a")
    try store.apply(.undo, by: "a")
    try store.apply(.redo, by: "a")
    #expect(
      try store.history().map(\.summary.en) == [
        "status → done (验收)", "note: 待用地", "note cleared", "2024 = 412 (年报)",
        "undo #4: 2024 = 412 → (deleted)", "redo #4: 2024 = 412 (年报)",
      ])
    #expect(
      try store.history().map(\.summary.zh) == [
        "状态 → 已完成（验收）", "备注：待用地", "备注已清除", "2024年 = 412（年报）",
        "撤销 #4：2024年 = 412 → （已删除）", "重做 #4：2024年 = 412（年报）",
      ])
  }

  @Test func theTokenValueGrowsWithEveryCommitByAnyone() throws {
    let folder = TemporaryFolder()
    let watcher = try ProgressStore(path: folder.path("p.sqlite"))
    let other = try ProgressStore(path: folder.path("p.sqlite"))
    var last = try watcher.changeToken().value
    for round in 0..<4 {
      let writer = round % 2 == 0 ? watcher : other
      try writer.apply(.setNote(id: "m.1", note: "round \(round)"), by: "a")
      let now = try watcher.changeToken().value
      #expect(now > last)
      last = now
    }
  }
}
