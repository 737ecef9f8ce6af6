import Foundation
import PlandashTestSupport

/// A tmux server of its own (private socket) running one command in a pane of a fixed
/// size, for driving the real binary as a person would: send keys, read the screen.
/// The server is killed when the session is closed or dropped.
final class TmuxSession {
  let width: Int
  let height: Int
  private let folder: URL
  private let socket: String
  private var closed = false

  /// Starts `command` (run by `sh -c`) in a detached session of `width`×`height`.
  /// The command gets only `environment` plus PATH and HOME (`env -i`), so nothing of the
  /// test runner's own environment (NO_COLOR, COLORTERM, LC_ALL, TMUX …) leaks in.
  init(width: Int, height: Int, environment: [String: String], command: String) throws {
    self.width = width
    self.height = height
    folder = URL(fileURLWithPath: "/tmp").appendingPathComponent(
      "pd-e2e-" + String(UUID().uuidString.prefix(8)))
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    socket = folder.appendingPathComponent("s").path
    var clean = ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": NSHomeDirectory()]
    for (key, value) in ProcessInfo.processInfo.environment where key == "PATH" {
      clean[key] = value
    }
    for (key, value) in environment { clean[key] = value }
    let assignments = clean.sorted { $0.key < $1.key }
      .map { "\($0.key)=\(Self.shellQuoted($0.value))" }.joined(separator: " ")
    let full = "env -i \(assignments) sh -c \(Self.shellQuoted(command))"
    try tmux(
      startingServer: true,
      ["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", full])
  }

  deinit { close() }

  /// A folder that lives as long as the session (for stores, configs, output files).
  var scratch: URL { folder }

  /// Kills the tmux server, waits (at most 5 s) until the pane's processes have gone — a
  /// dashboard saves its settings as it dies, and must not do so into a folder already
  /// removed — and removes the private folder.
  func close() {
    guard !closed else { return }
    closed = true
    let processes = (try? panePID()).map { [$0] + ProcessTree.descendants(of: $0) } ?? []
    _ = try? tmux(["kill-server"])
    let deadline = Date().addingTimeInterval(5)
    while processes.contains(where: ProcessTree.isAlive), Date() < deadline {
      Thread.sleep(forTimeInterval: 0.02)
    }
    try? FileManager.default.removeItem(at: folder)
  }

  /// Sends tmux key names (`Enter`, `Up`, `C-r`, `BTab`, or literal words as keys).
  func send(_ keys: String...) throws {
    try tmux(["send-keys", "-t", "0"] + keys)
  }

  /// Types `text` literally (no key-name lookup), e.g. Chinese.
  func type(_ text: String) throws {
    try tmux(["send-keys", "-t", "0", "-l", text])
  }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
  }

  /// The screen as text, one string per row (trailing blanks trimmed by tmux).
  func capture() throws -> [String] {
    let text = try tmux(["capture-pane", "-p", "-t", "0"])
    var rows = text.components(separatedBy: "\n")
    if rows.last == "" { rows.removeLast() }
    return rows
  }

  /// The screen with its colours and attributes as SGR escape sequences (`capture-pane -e`).
  func captureWithEscapes() throws -> String {
    try tmux(["capture-pane", "-p", "-e", "-t", "0"])
  }

  /// Where the terminal's cursor stands and whether it is shown.
  func cursor() throws -> (x: Int, y: Int, visible: Bool) {
    let text = try tmux(
      ["display-message", "-p", "-t", "0", "#{cursor_x} #{cursor_y} #{cursor_flag}"])
    let parts = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
    guard parts.count == 3 else { throw EndToEndError("tmux gave no cursor: \(text)") }
    return (parts[0], parts[1], parts[2] == 1)
  }

  /// The process id of the pane's first process (the `env … sh -c` wrapper).
  func panePID() throws -> Int32 {
    let text = try tmux(["display-message", "-p", "-t", "0", "#{pane_pid}"])
    guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
      throw EndToEndError("tmux gave no pane pid: \(text)")
    }
    return pid
  }

  /// Polls the screen until `condition` holds or `timeout` seconds pass; returns the last
  /// screen and whether the condition held. With `settled`, the condition must also hold on
  /// two captures 0.1 s apart that are the same: a capture taken while a frame is being
  /// written (after a resize, say) can show half of the old frame and half of the new.
  @discardableResult
  func waitFor(
    timeout: Double = 5, settled: Bool = false, _ condition: ([String]) -> Bool
  ) throws -> (rows: [String], met: Bool) {
    let deadline = Date().addingTimeInterval(timeout)
    var previous: [String]? = nil
    var rows = try capture()
    while !condition(rows) || (settled && rows != previous) {
      if Date() > deadline { return (rows, false) }
      previous = condition(rows) ? rows : nil
      Thread.sleep(forTimeInterval: 0.1)
      rows = try capture()
    }
    return (rows, true)
  }

  /// Waits until some row contains `text` (on a settled screen, with `settled`).
  @discardableResult
  func waitForText(_ text: String, timeout: Double = 5, settled: Bool = false) throws -> (
    rows: [String], met: Bool
  ) {
    try waitFor(timeout: timeout, settled: settled) { rows in rows.contains { $0.contains(text) } }
  }

  /// Runs one tmux command. The command that starts the server gets no pipe: the server
  /// it forks would hold the pipe open, and reading it would never end.
  @discardableResult
  private func tmux(startingServer: Bool = false, _ arguments: [String]) throws -> String {
    let result = try Spawn.run(
      Self.tmuxPath, ["-S", socket] + arguments, captureOutput: !startingServer)
    if result.status != 0, arguments.first != "kill-server" {
      throw EndToEndError("tmux \(arguments.joined(separator: " ")) failed (\(result.status))")
    }
    return result.output
  }

  static let tmuxPath: String = {
    for candidate in ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
    where FileManager.default.isExecutableFile(atPath: candidate) {
      return candidate
    }
    return "/usr/bin/tmux"
  }()

  /// Under CI the tmux suites always run: a missing tmux fails them instead of skipping.
  static var isAvailable: Bool {
    PlandashBinary.isCI || FileManager.default.isExecutableFile(atPath: tmuxPath)
  }

  static func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
