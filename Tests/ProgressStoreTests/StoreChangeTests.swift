import Foundation
import PlanModel
import PlandashTestSupport
import Testing

@testable import ProgressStore

@Suite struct StoreChangeTests {
  let folder = TemporaryFolder()

  func makeStore() throws -> ProgressStore { try ProgressStore(path: folder.path("p.sqlite")) }

  @Test func markingSetsStatusNoteAuthorAndTime() throws {
    let store = try makeStore()
    let before = Date().timeIntervalSince1970
    try store.apply(
      .setStatus(ids: ["m.1", "m.2"], status: .inProgress, note: "已开工"), by: "经信局")
    let snapshot = try store.snapshot()
    for id in ["m.1", "m.2"] {
      let progress = try #require(snapshot.measures[id])
      #expect(progress.status == .inProgress)
      #expect(progress.note == "已开工")
      #expect(progress.updatedBy == "经信局")
      #expect((progress.updatedAt ?? 0) >= before - 1)
    }
    #expect(snapshot.status(of: "m.3") == .todo)
  }

  @Test func markingWithoutNoteKeepsTheNote() throws {
    let store = try makeStore()
    try store.apply(.setStatus(ids: ["m.1"], status: .blocked, note: "缺资金"), by: "a")
    try store.apply(.setStatus(ids: ["m.1"], status: .done, note: nil), by: "a")
    #expect(
      try store.snapshot().measures["m.1"].map { ($0.status, $0.note) } ?? (.todo, nil) == (
        .done, "缺资金"
      ))
  }

  @Test func eachChangeIsOneOperationWithOneEntryPerRecord() throws {
    let store = try makeStore()
    let applied = try store.apply(
      .setStatus(ids: ["m.1", "m.2", "m.1"], status: .done, note: nil), by: "a")
    #expect(applied.changedRecords == 2)
    let log = try store.history()
    #expect(log.count == 2)
    #expect(Set(log.map(\.operation)) == [applied.operation!])
    #expect(log.map(\.itemID) == ["m.1", "m.2"])
    #expect(log[0].oldValue == nil)
    #expect(log[0].newValue == .measure(status: .done, note: nil))
    #expect(log[0].what == "status")
    #expect(log[0].by == "a")
  }

  @Test func aChangeThatChangesNothingIsNotLogged() throws {
    let store = try makeStore()
    try store.apply(.setStatus(ids: ["m.1"], status: .done, note: nil), by: "a")
    let again = try store.apply(.setStatus(ids: ["m.1"], status: .done, note: nil), by: "a")
    #expect(again.operation == nil)
    #expect(again.changedRecords == 0)
    #expect(try store.history().count == 1)
  }

  @Test func notesCanBeSetAndCleared() throws {
    let store = try makeStore()
    try store.apply(.setNote(id: "m.1", note: "first"), by: "a")
    #expect(try store.snapshot().measures["m.1"]?.note == "first")
    #expect(try store.snapshot().measures["m.1"]?.status == .todo)
    try store.apply(.setNote(id: "m.1", note: nil), by: "a")
    #expect(try store.snapshot().measures["m.1"]?.note == nil)
    #expect(try store.history(id: "m.1").map(\.what) == ["note", "note"])
  }

  @Test func actualsAreOnePerItemAndYearSortedByYear() throws {
    let store = try makeStore()
    try store.apply(.setActual(Actual(itemID: "t.1", year: 2025, value: 450)), by: "a")
    try store.apply(.setActual(Actual(itemID: "t.1", year: 2024, value: 412, note: "统计局")), by: "a")
    try store.apply(.setActual(Actual(itemID: "t.1", year: 2025, value: 460.5)), by: "b")
    #expect(
      try store.actuals(of: "t.1") == [
        Actual(itemID: "t.1", year: 2024, value: 412, note: "统计局"),
        Actual(itemID: "t.1", year: 2025, value: 460.5),
      ])
    #expect(try store.snapshot().latestActual(of: "t.1")?.value == 460.5)
    let replaced = try store.history(id: "t.1").last
    #expect(replaced?.oldValue == .actual(value: 450, note: nil))
    #expect(replaced?.newValue == .actual(value: 460.5, note: nil))
    #expect(replaced?.year == 2025)
  }

  @Test func severalChangesInOneCallAreAllOrNothing() throws {
    let store = try makeStore()
    try store.apply(.setStatus(ids: ["m.1"], status: .done, note: nil), by: "a")
    // The undo in the middle has nothing to take back after the first one: the whole
    // call fails, and the status change before it is rolled back too.
    #expect(throws: StoreError.nothingToUndo(path: store.path)) {
      try store.apply(
        [.setStatus(ids: ["m.2"], status: .done, note: nil), .undo, .undo, .undo], by: "a")
    }
    let snapshot = try store.snapshot()
    #expect(snapshot.status(of: "m.1") == .done)
    #expect(snapshot.measures["m.2"] == nil)
    #expect(try store.history().count == 1)
  }

  @Test func historyOfOneItemLeavesOthersOut() throws {
    let store = try makeStore()
    try store.apply(.setStatus(ids: ["m.1"], status: .done, note: nil), by: "a")
    try store.apply(.setStatus(ids: ["m.2"], status: .done, note: nil), by: "a")
    try store.apply(.setStatus(ids: ["m.1"], status: .blocked, note: nil), by: "a")
    let history = try store.history(id: "m.1")
    #expect(history.map(\.itemID) == ["m.1", "m.1"])
    #expect(
      history.map(\.newValue) == [
        .measure(status: .done, note: nil), .measure(status: .blocked, note: nil),
      ])
  }

  @Test func tenThousandMeasuresInOneChange() throws {
    let store = try makeStore()
    let ids = (0..<10_000).map { "r.measure.m\($0)" }
    let applied = try store.apply(.setStatus(ids: ids, status: .done, note: nil), by: "a")
    #expect(applied.changedRecords == 10_000)
    #expect(try store.snapshot().measures.count == 10_000)
  }
}
