import Dispatch
import Foundation

/// Announces committed operations to every listening client (`NOTIFY plandash_progress,
/// '12,13,14'`; docs/team.md, "Live"). A client's first commit in a while goes out at once;
/// the commits that follow it within `delay` go out together, once the delay is over. One
/// notification a report cost the server about a quarter of each report's time under load
/// (docs/benchmarks.md, issue 13); a client reporting many times a second now pays it once
/// for all of them, and a dashboard still hears of each report well within the second the
/// issue allows. Whatever is pending when the process exits goes out first.
final class Announcer: @unchecked Sendable {
  /// How long an operation may wait for others to go out with it.
  static let delay = 0.1
  /// The most a notification names (its payload stays far below PostgreSQL's 8,000 bytes).
  static let most = 400

  private let lock = NSLock()
  private var pending: [Int64] = []
  private var scheduled = false
  private var lastSent = DispatchTime(uptimeNanoseconds: 0)
  /// Sends one payload; `wait`: until the server has it.
  private let send: @Sendable (_ payload: String, _ wait: Bool) -> Void

  init(send: @escaping @Sendable (_ payload: String, _ wait: Bool) -> Void) {
    self.send = send
    AnnouncerRegistry.shared.add(self)
  }

  /// Operations just committed: announced now, or within `delay` after the last
  /// announcement.
  func add(_ operations: [Int64]) {
    guard !operations.isEmpty else { return }
    enum Next { case now, later, none }
    let next: Next = lock.withLock {
      pending += operations
      if scheduled { return pending.count >= Self.most ? .now : .none }
      let quiet =
        DispatchTime.now().uptimeNanoseconds
        > lastSent.uptimeNanoseconds + UInt64(Self.delay * 1e9)
      if quiet { return .now }
      scheduled = true
      return .later
    }
    switch next {
    case .now: flush(wait: true)
    case .later:
      DispatchQueue.global().asyncAfter(deadline: .now() + Self.delay) { [weak self] in
        self?.flush(wait: false)
      }
    case .none: break
    }
  }

  /// Sends what is pending now.
  func flush(wait: Bool) {
    for payload in take() { send(payload, wait) }
  }

  /// What is pending, as the payloads to send; nothing is pending after.
  func take() -> [String] {
    let operations = lock.withLock {
      defer { (pending, scheduled, lastSent) = ([], false, .now()) }
      return pending
    }
    return stride(from: 0, to: operations.count, by: Self.most).map { start in
      operations[start..<min(start + Self.most, operations.count)].map(String.init)
        .joined(separator: ",")
    }
  }

  /// The operations a payload names.
  static func operations(in payload: String) -> [Int64] {
    payload.split(separator: ",").compactMap { Int64($0) }
  }
}

/// Every announcer of the process, so that what they hold goes out when it exits.
final class AnnouncerRegistry: @unchecked Sendable {
  static let shared = AnnouncerRegistry()

  private struct Weak {
    weak var announcer: Announcer?
  }

  private let lock = NSLock()
  private var announcers: [Weak] = []

  private init() {
    atexit { AnnouncerRegistry.shared.flushAll() }
  }

  func add(_ announcer: Announcer) {
    lock.withLock {
      announcers.removeAll { $0.announcer == nil }
      announcers.append(Weak(announcer: announcer))
    }
  }

  func flushAll() {
    for announcer in lock.withLock({ announcers.compactMap(\.announcer) }) {
      announcer.flush(wait: true)
    }
  }
}
