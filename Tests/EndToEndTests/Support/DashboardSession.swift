import Foundation
import PlandashTestSupport

/// The real dashboard (`plandash` with no subcommand) on the shipped sample plans, in tmux,
/// with its own store, settings and caches in a temporary folder.
struct DashboardSession {
  let folder: TemporaryFolder
  let tmux: TmuxSession

  /// The environment every plandash process of this test shares (TUI and CLI alike): a
  /// UTF-8 locale with English messages (`LC_MESSAGES`; without it plandash speaks Chinese).
  static func environment(in folder: TemporaryFolder, lang: String = "C.UTF-8") -> [String: String]
  {
    [
      "LANG": lang, "LC_MESSAGES": "en_US.UTF-8", "TERM": "xterm-256color",
      "PLANDASH_STORE": folder.path("progress.sqlite"),
      "XDG_CONFIG_HOME": folder.path("config"),
      "XDG_CACHE_HOME": folder.path("cache"),
      "XDG_DATA_HOME": folder.path("data"),
    ]
  }

  /// Starts `plandash ARGS`; after it exits the pane shows `[exit N]`, then `after` runs.
  init(
    width: Int, height: Int, arguments: String = "", lang: String = "C.UTF-8",
    folder: TemporaryFolder? = nil, after: String = ""
  ) throws {
    let folder = folder ?? TemporaryFolder()
    self.folder = folder
    let binary = try PlandashBinary.requirePath()
    tmux = try TmuxSession(
      width: width, height: height, environment: Self.environment(in: folder, lang: lang),
      command: "trap : INT; \(binary) \(arguments); echo \"[exit $?]\"; \(after) sleep 300")
  }

  /// Runs another plandash process (no terminal) against the same store and settings.
  func cli(_ arguments: [String]) throws -> PlandashBinary.Result {
    try PlandashBinary.run(arguments, environment: Self.environment(in: folder))
  }

  func close() { tmux.close() }
}
