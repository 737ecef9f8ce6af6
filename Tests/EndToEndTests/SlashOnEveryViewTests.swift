import Foundation
import PlandashTestSupport
import Testing

extension EndToEnd {
  /// Issue 9 in a real terminal: `/` and letters that are commands elsewhere, typed on every
  /// view, change nothing in the store; one Ctrl-C quits like `q`, keeping the view.
  @Suite struct SlashOnEveryViewTests {
    /// Each view of the sample plans, reached from the panes.
    static let views: [(name: String, keys: [String])] = [
      ("regions", ["1"]), ("clusters", ["2"]), ("ladders", ["3"]), ("land & energy", ["4"]),
      ("measures", ["5"]), ("measures of every region", ["5", "A"]),
      ("region page", ["1", "Enter"]), ("cluster page", ["2", "Enter"]),
      ("tier page", ["3", "Enter"]), ("measure page", ["5", "Enter"]),
      ("targets view", ["T"]), ("target page", ["T", "Enter"]), ("units view", ["U"]),
      ("comparison", ["T", "C"]), ("help", ["?"]),
    ]

    @Test func slashAndLettersOnEveryViewLeaveTheHistoryEmpty() throws {
      let session = try DashboardSession(width: 100, height: 30, arguments: "--lang en")
      defer { session.close() }
      try #require(try session.tmux.waitForText("Regions").met)
      for (name, keys) in Self.views {
        for key in keys { try session.tmux.send(key) }
        try session.tmux.send("/")
        try session.tmux.type("jjxxwsu")
        let (rows, typed) = try session.tmux.waitFor { rows in
          rows.last?.hasPrefix("/jjxxwsu") == true
        }
        #expect(typed, "\(name): the filter did not take the letters: \(rows.last ?? "")")
        // Escape closes the field; more of them leave the view for the panes.
        try session.tmux.send("Escape")
        try session.tmux.send("Escape")
        try session.tmux.send("Escape")
        try session.tmux.send("Escape")
        if keys == ["5", "A"] { try session.tmux.send("A") }
      }
      try session.tmux.send("q")
      let (end, quit) = try session.tmux.waitForText("[exit 0]")
      try #require(quit, "\(end)")
      let history = try session.cli(["history"])
      #expect(history.status == 0, "\(history.err)")
      #expect(history.out.contains("no changes recorded"), "\(history.out)")
      #expect(!history.out.contains(".measure."), "\(history.out)")
    }

    @Test func oneCtrlCInAFilterQuitsWithTheViewSaved() throws {
      let session = try DashboardSession(width: 80, height: 24, arguments: "--lang en")
      defer { session.close() }
      try #require(try session.tmux.waitForText("Regions").met)
      try session.tmux.send("3")
      try #require(try session.tmux.waitForText("┌ 3 Ladders").met)
      try session.tmux.send("U")
      try session.tmux.send("/")
      try session.tmux.type("xsu")
      try #require(try session.tmux.waitFor { $0.last?.hasPrefix("/xsu") == true }.met)
      try session.tmux.send("C-c")
      let (rows, met) = try session.tmux.waitForText("[exit 0]")
      #expect(met, "one C-c did not quit with 0: \(rows)")
      let settings = try String(
        contentsOfFile: session.folder.path("config/plandash/config"), encoding: .utf8)
      #expect(settings.contains("pane = ladders"), "\(settings)")
      let history = try session.cli(["history"])
      #expect(history.out.contains("no changes recorded"), "\(history.out)")
    }
  }
}
