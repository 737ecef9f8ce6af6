import Foundation

/// Finding a pane's child processes through /proc (no pgrep needed).
enum ProcessTree {
  /// The ids of the processes whose parent is `parent`.
  static func children(of parent: Int32) -> [Int32] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    var result: [Int32] = []
    for entry in entries {
      guard let pid = Int32(entry),
        let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
      else { continue }
      // After "pid (comm) " come the state and the parent id.
      let fields = stat[stat.index(after: close)...].split(separator: " ")
      if fields.count > 1, Int32(fields[1]) == parent { result.append(pid) }
    }
    return result
  }

  /// Children, grandchildren and so on.
  static func descendants(of parent: Int32) -> [Int32] {
    var result: [Int32] = []
    var frontier = [parent]
    while let next = frontier.popLast() {
      let children = self.children(of: next)
      result += children
      frontier += children
    }
    return result
  }

  /// Whether the process still runs (a zombie, dead but not yet reaped, counts as gone).
  static func isAlive(_ pid: Int32) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return false }
    let state = stat[stat.index(after: close)...].split(separator: " ").first
    return state != "Z" && state != "X"
  }
}

extension ProcessTree {
  /// The command name of a process (`/proc/PID/comm`, at most 15 characters), or nil.
  static func name(of pid: Int32) -> String? {
    (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Waits (at most `timeout` seconds) for a descendant of `parent` called `name`.
  static func waitForDescendant(named name: String, of parent: Int32, timeout: Double = 5)
    -> Int32?
  {
    let deadline = Date().addingTimeInterval(timeout)
    repeat {
      if let pid = descendants(of: parent).first(where: { self.name(of: $0) == name }) {
        return pid
      }
      Thread.sleep(forTimeInterval: 0.05)
    } while Date() < deadline
    return nil
  }

  /// Waits (at most `timeout` seconds) until `pid` has ended; whether it has.
  static func waitUntilGone(_ pid: Int32, timeout: Double) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while isAlive(pid) {
      if Date() > deadline { return false }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return true
  }
}
