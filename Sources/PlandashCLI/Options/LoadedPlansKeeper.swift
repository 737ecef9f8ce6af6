import PlanFiles
import Synchronization

/// Keeps the plans loaded last alive until the process ends. Freeing a catalog of 180,000
/// measures object by object takes a quarter of a second or more, which a command would
/// otherwise spend after its work is done; the operating system takes the memory back at
/// once when the process exits. Only the latest load is kept, so a dashboard that reloads
/// its plans frees the previous ones as before.
enum LoadedPlansKeeper {
  private static let kept = Mutex<LoadResult?>(nil)

  static func keep(_ result: LoadResult) {
    // The previous result, if any, is freed outside the lock.
    let previous = kept.withLock { slot in
      let old = slot
      slot = result
      return old
    }
    _ = previous
  }
}
