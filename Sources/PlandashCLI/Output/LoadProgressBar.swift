import Dashboard
import Foundation

/// A progress bar on standard error while many plan files load — only on a terminal, and
/// only once loading has taken longer than half a second.
final class LoadProgressBar: @unchecked Sendable {
  private let enabled = isatty(2) == 1
  private let start = Date()
  private var lastDrawn = Date.distantPast
  private var drawn = false
  private let lock = NSLock()
  private let language: Language

  init(language: Language) { self.language = language }

  func update(done: Int, total: Int) {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    let now = Date()
    let due = now.timeIntervalSince(lastDrawn) > 0.1 || done == total
    guard now.timeIntervalSince(start) > 0.5, due else { return }
    lastDrawn = now
    drawn = true
    let width = 30
    let filled = total == 0 ? width : width * done / total
    let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
    StandardStreams.err("\r" + CLIText.loadingPlans(bar, done, total)(language))
  }

  func finish() {
    lock.lock()
    defer { lock.unlock() }
    if drawn { StandardStreams.err("\r\u{1B}[K") }
  }
}
