import Foundation
import PlanModel
import TeamStore

/// Keeps the last progress seen from a team store on disk (`TeamProgressCache`) without
/// holding up the screen: each snapshot is handed to a background queue, and only the
/// newest one waiting is written.
final class ProgressKeeper: @unchecked Sendable {
  private let cache: TeamProgressCache
  private let queue = DispatchQueue(label: "plandash.progress-keeper")
  private let lock = NSLock()
  private var waiting: ProgressSnapshot?

  init(_ cache: TeamProgressCache) {
    self.cache = cache
  }

  func keep(_ snapshot: ProgressSnapshot) {
    let first = lock.withLock {
      defer { waiting = snapshot }
      return waiting == nil
    }
    guard first else { return }
    queue.async { self.writeWaiting() }
  }

  /// Waits until what was handed over is on disk (at the end of a session).
  func flush() {
    queue.sync {}
  }

  private func writeWaiting() {
    guard
      let snapshot = lock.withLock({ () -> ProgressSnapshot? in
        defer { waiting = nil }
        return waiting
      })
    else { return }
    try? cache.save(snapshot)
  }
}
