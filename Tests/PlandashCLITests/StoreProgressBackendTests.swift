import Dashboard
import Foundation
import PlanModel
import ProgressStore
import Testing

@testable import PlandashCLI

/// The dashboard's view of the real store.
@Suite struct StoreProgressBackendTests {
  let folder = NSTemporaryDirectory() + "plandash-backend-tests-" + UUID().uuidString
  var path: String { folder + "/progress.sqlite" }

  func backend(user: String = "经信局") throws -> StoreProgressBackend {
    StoreProgressBackend(store: try ProgressStore(path: path), user: user)
  }

  @Test func applyIsDurableAndReturnsTheProgressAfterIt() throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let backend = try backend()
    let after = try backend.apply(.setStatus(ids: ["m.1"], status: .done, note: "验收"))
    #expect(after.status(of: "m.1") == .done)
    #expect(after.measures["m.1"]?.updatedBy == "经信局")
    // On disk: a new connection sees it.
    #expect(try ProgressStore(path: path).snapshot() == after)
  }

  @Test func historyIsNewestFirstInWordsWithTheUser() throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let backend = try backend()
    _ = try backend.apply(.setStatus(ids: ["m.1"], status: .inProgress, note: nil))
    _ = try backend.apply(.setNote(id: "m.1", note: "待用地"))
    _ = try backend.apply(.setActual(Actual(itemID: "t.1", year: 2024, value: 412)))
    let history = try backend.history(of: "m.1")
    #expect(history.map(\.summary.en) == ["note: 待用地", "status → in-progress"])
    #expect(history.allSatisfy { $0.user == "经信局" })
    #expect(history[0].timestamp >= history[1].timestamp)
    #expect(try backend.history(of: "t.1").map(\.summary.en) == ["2024 = 412"])
    // A later change says from what to what.
    _ = try backend.apply(.setStatus(ids: ["m.1"], status: .done, note: nil))
    _ = try backend.apply(.setActual(Actual(itemID: "t.1", year: 2024, value: 420)))
    #expect(try backend.history(of: "m.1").first?.summary.en == "status in-progress → done (待用地)")
    #expect(try backend.history(of: "t.1").first?.summary.en == "2024 = 412 → 420")
  }

  @Test func theTokenMovesWhenAnotherProcessWrites() throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let backend = try backend()
    let before = try backend.changeToken()
    #expect(try backend.changeToken() == before)
    try ProgressStore(path: path).apply(.setNote(id: "m.2", note: "x"), by: "other")
    #expect(try backend.changeToken() > before)
  }

  @Test func undoWithNothingToUndoIsAOneLineStoreError() throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let backend = try backend()
    #expect(throws: StoreError.nothingToUndo(path: path)) { try backend.apply(.undo) }
  }
}
