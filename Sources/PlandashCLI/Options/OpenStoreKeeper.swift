import ProgressStore
import Synchronization

/// Keeps the local stores a command opened alive until the process ends. A command is done
/// with its store when it returns, and freeing the store then costs more than the process's
/// own exit: GRDB's queue, when freed, hands its dispatch queue to a new worker thread to
/// dispose of and removes notification observers, whose first use makes the Swift runtime
/// search every conformance in the binary (issue 15, docs/benchmarks.md). Nothing is lost by
/// keeping it: every change was committed (and synced) before the command printed it, the
/// store never checkpoints on close (`ProgressStore`), and the operating system releases its
/// files and locks at exit as closing would.
enum OpenStoreKeeper {
  private static let kept = Mutex<[ProgressStore]>([])

  static func keep(_ store: ProgressStore) {
    kept.withLock { $0.append(store) }
  }
}
