import Foundation
import PlandashTestSupport
import Testing

/// `kill -9` of the server during a burst of reports: every `mark` that exited 0 (its report
/// acknowledged) is there once the server has started again; the others said in one line
/// that nothing was changed.
@Suite(
  "kill -9 of the team server during a burst of reports", .serialized,
  .enabled(
    if: TestPostgres.enabled && PlandashBinary.available,
    Comment(rawValue: TestPostgres.skipReason + "; " + PlandashBinary.skipReason)))
struct TeamServerCrashTests {
  /// What each `mark` of the burst came to.
  final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [(note: String, status: Int32, err: String)] = []

    func add(_ note: String, _ result: PlandashBinary.Result) {
      lock.withLock { results.append((note, result.status, result.err)) }
    }

    var all: [(note: String, status: Int32, err: String)] { lock.withLock { results } }
    var acknowledged: Int { all.filter { $0.status == 0 }.count }
  }

  @Test func noAcknowledgedReportIsLost() throws {
    let cluster = try TestPostgresCluster()
    defer { cluster.stop() }
    let team = try TeamStoreByCommands(admin: cluster.adminURL)
    let outcomes = Outcomes()
    let writers = 4
    let finished = DispatchGroup()
    for writer in 0..<writers {
      finished.enter()
      Thread.detachNewThread {
        defer { finished.leave() }
        // Each writer reports until the server is gone (its first refusal), 40 at most.
        for n in 0..<40 {
          let note = "burst-\(writer)-\(n)"
          guard
            let result = try? team.run([
              "mark", "hechuan.measure.auto-parts", "--status", "in-progress", "--note", note,
            ])
          else { return }
          outcomes.add(note, result)
          if result.status != 0 { return }
        }
      }
    }
    // Mid-burst: once some reports are acknowledged.
    let deadline = Date().addingTimeInterval(60)
    while outcomes.acknowledged < 8, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
    try cluster.kill()
    finished.wait()
    try cluster.restart()
    let all = outcomes.all
    let acknowledged = all.filter { $0.status == 0 }.map(\.note)
    #expect(acknowledged.count >= 8, "the burst was under way: \(all.count) reports")
    #expect(all.contains { $0.status != 0 }, "the kill came mid-burst")
    for refused in all where refused.status != 0 {
      #expect(refused.status == 1)
      #expect(refused.err.split(separator: "\n").count == 1, "\(refused.err)")
    }
    let stored = try TestPostgres.psql(
      cluster.adminURL,
      "SELECT new_note FROM plandash.operation_item WHERE new_note LIKE 'burst-%'")
    #expect(stored.status == 0, "\(stored.err)")
    let notes = Set(stored.out.split(separator: "\n").map(String.init))
    let lost = acknowledged.filter { !notes.contains($0) }
    #expect(lost.isEmpty, "acknowledged but lost: \(lost)")
  }
}
