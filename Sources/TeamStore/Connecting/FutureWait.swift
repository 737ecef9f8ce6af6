import Dispatch
import Foundation
import PostgresNIO

/// Waits, on a thread that is not an event loop's, for a future with a deadline: the
/// command line and the dashboard call the team store synchronously, and nothing they
/// wait for may take longer than the store's timeout.
enum FutureWait {
  struct TimedOut: Error {}

  static func result<Value: Sendable>(
    of future: EventLoopFuture<Value>, timeout: Double
  ) throws -> Value {
    let box = ResultBox<Value>()
    future.whenComplete { box.set($0) }
    guard box.wait(timeout: timeout) else { throw TimedOut() }
    return try box.result!.get()
  }
}

/// One result handed from an event loop to a waiting thread.
private final class ResultBox<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private let done = DispatchSemaphore(value: 0)
  private var stored: Result<Value, any Error>?

  func set(_ result: Result<Value, any Error>) {
    lock.lock()
    stored = result
    lock.unlock()
    done.signal()
  }

  func wait(timeout: Double) -> Bool {
    done.wait(timeout: .now() + timeout) == .success
  }

  var result: Result<Value, any Error>? {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }
}
