import Foundation
import GRDB
import PlanModel
import PlandashTestSupport
import Testing

@testable import ProgressStore

/// Marks acknowledged by a writer process (exit status 0), gathered from several threads.
private final class Acknowledged: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var marks: [String: (status: MeasureStatus, note: String)] = [:]
  private(set) var killed = 0
  private(set) var failures: [String] = []

  func record(_ id: String, _ status: MeasureStatus, _ note: String) {
    lock.withLock { marks[id] = (status, note) }
  }
  func recordKill() { lock.withLock { killed += 1 } }
  func recordFailure(_ text: String) { lock.withLock { failures.append(text) } }
}

@Suite(.enabled(if: PlandashBinary.available, Comment(rawValue: PlandashBinary.skipReason)))
struct CrashSafetyTests {
  static let writers = 4
  static let attemptsPerWriter = 30

  /// Several writers mark measures one process at a time; most processes are SIGKILLed at a
  /// random moment around the end of their run (when the store is being written). Every
  /// mark whose process exited 0 must be in the store, and the store must open clean.
  @Test func killedWritersNeverLoseAnAcknowledgedMarkNorBreakTheStore() throws {
    let folder = TemporaryFolder()
    let total = Self.writers * Self.attemptsPerWriter
    let plans = try FixturePlanFolder(in: folder, measures: total + 1)
    let store = folder.path("crash.sqlite")
    let base = ["--plans", plans.path, "--store", store]

    // How long one mark takes here, to aim the kills at the part where it writes.
    var durations: [Double] = []
    for _ in 0..<3 {
      let start = Date()
      let result = try PlandashBinary.run(["mark", "testville.measure.m\(total)"] + base)
      #expect(result.status == 0, "\(result.err)")
      durations.append(Date().timeIntervalSince(start))
    }
    let typical = durations.sorted()[1]

    let acknowledged = Acknowledged()
    let statuses: [MeasureStatus] = [.done, .inProgress, .blocked]
    DispatchQueue.concurrentPerform(iterations: Self.writers) { writer in
      var generator = SystemRandomNumberGenerator()
      // The delay adapts to this machine's load: shorter after a run that ended before its
      // kill, longer after a kill, so kills keep landing inside runs, near the write.
      var aim = typical
      for attempt in 0..<Self.attemptsPerWriter {
        let number = writer * Self.attemptsPerWriter + attempt
        let id = "testville.measure.m\(number)"
        let status = statuses[number % statuses.count]
        let note = "writer \(writer) attempt \(attempt)"
        do {
          let (process, out, err) = try PlandashBinary.start(
            ["mark", id, "--status", status.rawValue, "--note", note] + base)
          let aimed = attempt % 4 != 3
          if aimed {
            // Kill three in four, somewhere from 40% to 130% of the current aim.
            let delay = aim * Double.random(in: 0.4...1.3, using: &generator)
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
          }
          let result = PlandashBinary.finish(process, out: out, err: err)
          if aimed { aim *= result.signalled ? 1.15 : 0.7 }
          if result.signalled {
            acknowledged.recordKill()
          } else if result.status == 0 {
            acknowledged.record(id, status, note)
          } else {
            acknowledged.recordFailure("\(id): exit \(result.status): \(result.err)")
          }
        } catch {
          acknowledged.recordFailure("\(id): \(error)")
        }
      }
    }

    #expect(acknowledged.failures.isEmpty, "\(acknowledged.failures)")
    #expect(acknowledged.killed >= total / 6, "too few writers were killed to prove anything")
    #expect(acknowledged.marks.count >= total / 8, "too few writers finished to prove anything")

    // The store opens (its checks include PRAGMA quick_check) and holds every acknowledged mark.
    let reopened = try ProgressStore(path: store)
    let snapshot = try reopened.snapshot()
    var lost: [String] = []
    for (id, mark) in acknowledged.marks {
      let progress = snapshot.measures[id]
      if progress?.status != mark.status || progress?.note != mark.note { lost.append(id) }
    }
    #expect(lost.isEmpty, "acknowledged marks missing after kills: \(lost.sorted())")
    let integrity = try DatabaseQueue(path: store).read {
      try String.fetchAll($0, sql: "PRAGMA integrity_check")
    }
    #expect(integrity == ["ok"])
    // And it still takes changes.
    let after = try PlandashBinary.run(["mark", "testville.measure.m0", "--status", "todo"] + base)
    #expect(after.status == 0, "\(after.err)")
    print(
      "crash safety: \(acknowledged.killed) writers killed, \(acknowledged.marks.count) acknowledged marks, all on disk; typical mark \(Int(typical * 1000)) ms"
    )
  }

  /// A first `mark` killed while it creates and migrates a new store: the next `mark`
  /// must still find a store that opens and takes changes, every time.
  @Test func killsWhileCreatingAStoreLeaveOneThatOpens() throws {
    let folder = TemporaryFolder()
    let plans = try FixturePlanFolder(in: folder, measures: 2)
    var typical = 0.0
    do {
      let start = Date()
      let calibration = try PlandashBinary.run([
        "mark", "testville.measure.m0", "--plans", plans.path, "--store",
        folder.path("calibration.sqlite"),
      ])
      #expect(calibration.status == 0, "\(calibration.err)")
      typical = Date().timeIntervalSince(start)
    }
    var killed = 0
    var finished = 0
    var aim = typical
    // Rounds go on (up to 60) until enough first marks were killed and enough finished;
    // the aim shortens after a run that ended before its kill and lengthens after a kill.
    for round in 0..<60 where killed < 8 || finished < 4 || round < 24 {
      let store = folder.path("new-\(round).sqlite")
      let base = ["--plans", plans.path, "--store", store]
      let (process, out, err) = try PlandashBinary.start(["mark", "testville.measure.m0"] + base)
      Thread.sleep(forTimeInterval: aim * Double.random(in: 0.3...1.1))
      if process.isRunning { kill(process.processIdentifier, SIGKILL) }
      let first = PlandashBinary.finish(process, out: out, err: err)
      if first.signalled {
        killed += 1
        aim *= 1.15
      } else {
        finished += 1
        aim *= 0.7
      }
      let second = try PlandashBinary.run(["mark", "testville.measure.m1"] + base)
      #expect(second.status == 0, "round \(round): \(second.err)")
      let snapshot = try ProgressStore(path: store).snapshot()
      #expect(snapshot.status(of: "testville.measure.m1") == .done)
      if !first.signalled {
        #expect(first.status == 0, "round \(round): \(first.err)")
        #expect(snapshot.status(of: "testville.measure.m0") == .done)
      }
    }
    #expect(killed >= 6, "too few first marks were killed to prove anything")
  }
}
