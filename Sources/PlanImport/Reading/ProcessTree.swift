import Foundation

/// Stops a program together with the processes it started: LibreOffice's `soffice` is a
/// script that starts `oosplash`, which starts `soffice.bin`; stopping only the first would
/// leave the converter running.
enum ProcessTree {
  /// Sends SIGKILL to `pid` and every process descended from it (found in /proc; where there
  /// is no /proc, to `pid` alone).
  static func stop(_ pid: Int32) {
    let family = [pid] + descendants(of: pid)
    // All stopped first, so none starts another while the others are killed.
    for member in family { _ = kill(member, SIGSTOP) }
    for member in family { _ = kill(member, SIGKILL) }
  }

  /// Every process whose parent chain leads to `pid`.
  static func descendants(of pid: Int32) -> [Int32] {
    let parents = parentTable()
    var found: [Int32] = []
    var frontier: Set<Int32> = [pid]
    while !frontier.isEmpty {
      let children = parents.filter { frontier.contains($0.value) }.map(\.key)
      found += children
      frontier = Set(children)
    }
    return found
  }

  /// Each running process's parent, from `/proc/PID/stat` (the field after the command name
  /// in brackets, which may itself hold spaces and brackets).
  static func parentTable() -> [Int32: Int32] {
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else {
      return [:]
    }
    var table: [Int32: Int32] = [:]
    for entry in entries {
      guard let pid = Int32(entry),
        let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
      else { continue }
      let fields = stat[stat.index(after: close)...].split(separator: " ")
      if fields.count > 1, let parent = Int32(fields[1]) { table[pid] = parent }
    }
    return table
  }
}
