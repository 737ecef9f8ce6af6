import Foundation
import PlanModel
import PlandashTestSupport
import Testing

@testable import ProgressStore

/// No process checkpoints when it closes the store, so the write-ahead log must be emptied
/// by the commits themselves: otherwise it grows with every change, and every command that
/// opens the store reads all of it.
@Suite struct StoreLogLengthTests {
  @Test func theLogStaysShortAcrossManyShortLivedConnections() throws {
    let folder = TemporaryFolder()
    let path = folder.path("p.sqlite")
    var longest: Int64 = 0
    for round in 0..<120 {
      // A new connection each round, closed without a checkpoint, as each command's is.
      let store = try ProgressStore(path: path)
      try store.apply(
        .setStatus(
          ids: ["m.\(round % 7)"], status: round % 2 == 0 ? .done : .inProgress,
          note: "round \(round)"),
        by: "tester")
      longest = max(longest, logSize(path))
    }
    let frame: Int64 = 4096 + 24
    #expect(longest > 0)
    #expect(longest <= Int64(ProgressStore.walPagesBeforeTruncate + 20) * frame)
    // Every change is still there, whether in the log or folded into the file.
    let snapshot = try ProgressStore(path: path).snapshot()
    #expect(snapshot.status(of: "m.0") == .inProgress)  // round 119
    #expect(snapshot.measures["m.0"]?.note == "round 119")
    #expect(snapshot.status(of: "m.6") == .done)  // round 118
  }

  private func logSize(_ path: String) -> Int64 {
    var info = stat()
    return stat(path + "-wal", &info) == 0 ? Int64(info.st_size) : 0
  }
}
