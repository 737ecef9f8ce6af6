import Foundation
import PlandashTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

extension EndToEnd {
  /// The real dashboard killed by a crash signal from outside (`kill -SEGV PID`), with
  /// Swift's runtime as it ships (its backtracer on, interactive on a terminal): the
  /// process must die at once by that signal, and the person at the terminal must get
  /// their shell back — modes sane, no stale frame, one line saying what happened.
  @Suite struct DashboardCrashTests {
    static let signals: [(number: Int32, name: String)] = [
      (SIGSEGV, "SIGSEGV"), (SIGBUS, "SIGBUS"), (SIGILL, "SIGILL"), (SIGFPE, "SIGFPE"),
      (SIGABRT, "SIGABRT"),
    ]

    /// Prints the tty's canonical-input and echo modes one word a line after plandash ends.
    static let stty =
      "stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo -e ixon -e -ixon;"

    /// Characters that only the dashboard's frame draws (its pane borders).
    static func frameRows(_ rows: [String]) -> [String] {
      rows.filter { row in row.contains { "│┌┐└┘─|+".contains($0) } }
    }

    /// Starts the dashboard, waits for its whole first frame, sends `signal` with kill(2),
    /// and checks what the terminal shows afterwards. Returns the final screen.
    @discardableResult
    static func crash(
      with signal: (number: Int32, name: String), term: String = "xterm-256color",
      extraEnvironment: [String: String] = [:], firstFrameMark: String = "┌",
      standardErrorMeanwhile: String? = nil, outputStoppedFirst: Bool = false
    ) throws -> [String] {
      let folder = TemporaryFolder()
      var environment = DashboardSession.environment(in: folder)
      environment["TERM"] = term
      for (key, value) in extraEnvironment { environment[key] = value }
      let binary = try PlandashBinary.requirePath()
      let tmux = try TmuxSession(
        width: 80, height: 24, environment: environment,
        command: "\(binary); echo \"[exit $?]\"; \(stty) sleep 300")
      defer { tmux.close() }
      let (frame, drawn) = try tmux.waitFor(timeout: 15) { rows in
        rows.count == 24 && !rows[23].isEmpty && rows.contains { $0.contains("Regions") }
          && rows.contains { $0.contains(firstFrameMark) }
      }
      try #require(drawn, "no dashboard: \(frame)")
      let pid = try #require(
        ProcessTree.waitForDescendant(named: "plandash", of: try tmux.panePID()),
        "no plandash process under the pane")

      if let text = standardErrorMeanwhile {
        // Appended to whatever plandash's standard error is now, as the Swift runtime's
        // "Fatal error: …" would be just before a crash.
        let stream = open("/proc/\(pid)/fd/2", O_WRONLY | O_APPEND)
        try #require(stream >= 0, "cannot open plandash's standard error")
        _ = (text + "\n").withCString { write(stream, $0, strlen($0)) }
        close(stream)
        Thread.sleep(forTimeInterval: 0.3)
        let during = try tmux.capture()
        #expect(!during.contains { $0.contains(text) }, "written over the dashboard: \(during)")
      }

      if outputStoppedFirst {
        // Ctrl-S stops the terminal's output; a key then makes plandash draw, and its
        // write blocks until Ctrl-Q — which the person may never press.
        try tmux.send("C-s")
        Thread.sleep(forTimeInterval: 0.2)
        try tmux.send("5")
        Thread.sleep(forTimeInterval: 0.3)
      }

      kill(pid, signal.number)

      // Dies by the signal within a moment: nothing waits for a key or a timeout.
      #expect(
        ProcessTree.waitUntilGone(pid, timeout: 3), "plandash still runs after \(signal.name)")
      let exitLine = "[exit \(128 + signal.number)]"
      let (rows, ended) = try tmux.waitFor { rows in
        rows.contains(exitLine) && rows.contains { $0 == "icanon" || $0 == "-icanon" }
          && rows.contains { $0 == "echo" || $0 == "-echo" }
      }
      #expect(ended, "expected \(exitLine) and the tty modes: \(rows)")
      // The shell's modes are back: canonical input and echo.
      #expect(rows.contains("icanon") && !rows.contains("-icanon"), "\(rows)")
      #expect(rows.contains("echo") && !rows.contains("-echo"), "\(rows)")
      return rows
    }

    /// No frame left on screen, and one line, on top, saying what happened.
    static func expectCleanShellScreen(_ rows: [String], signal: String) {
      #expect(frameRows(rows).isEmpty, "the dashboard's frame is still on screen: \(rows)")
      #expect(!rows.contains { $0.contains("Regions") }, "\(rows)")
      let message = "plandash: crashed (\(signal)); the terminal was restored"
      #expect(rows.contains(message), "\(rows)")
      // It comes first on the shell's own screen: the frame was not merely scrolled away.
      if let index = rows.firstIndex(of: message) { #expect(index < 3, "\(rows)") }
    }

    @Test(arguments: Self.signals.map(\.name))
    func crashSignalEndsTheDashboardAndGivesBackAClearTerminal(signal: String) throws {
      let chosen = try #require(Self.signals.first { $0.name == signal })
      let rows = try Self.crash(with: chosen)
      Self.expectCleanShellScreen(rows, signal: chosen.name)
    }

    /// What reached standard error while the dashboard ran (a "Fatal error: …" from the
    /// Swift runtime, say) is not lost with the alternate screen: it is shown after the
    /// terminal is restored, just above plandash's own line.
    @Test func standardErrorWrittenMeanwhileIsShownAfterTheCrash() throws {
      let line = "Fatal error: test line 合川"
      let rows = try Self.crash(with: (SIGABRT, "SIGABRT"), standardErrorMeanwhile: line)
      Self.expectCleanShellScreen(rows, signal: "SIGABRT")
      let held = rows.firstIndex(of: line)
      let message = rows.firstIndex { $0.hasPrefix("plandash: crashed") }
      #expect(held != nil && message != nil && held! < message!, "\(rows)")
    }

    /// Output stopped with Ctrl-S must not keep a crashed dashboard alive nor leave its
    /// frame: the crash handler lets output flow again, and the shell gets its modes
    /// (flow control included) back.
    @Test func crashWhileOutputIsStoppedStillRestoresTheTerminal() throws {
      let rows = try Self.crash(with: (SIGSEGV, "SIGSEGV"), outputStoppedFirst: true)
      Self.expectCleanShellScreen(rows, signal: "SIGSEGV")
      #expect(rows.contains("ixon") && !rows.contains("-ixon"), "\(rows)")
    }

    /// vt100 has no alternate screen: leaving curses alone would leave the frame, so the
    /// screen is cleared instead.
    @Test func terminalWithoutAlternateScreenIsCleared() throws {
      let rows = try Self.crash(with: (SIGSEGV, "SIGSEGV"), term: "vt100")
      Self.expectCleanShellScreen(rows, signal: "SIGSEGV")
    }

    /// With the backtracer told not to wait (`interactive=no`), its backtrace is printed
    /// after the terminal is restored (it may fill the screen), and the process still dies
    /// by the signal at once.
    @Test func nonInteractiveBacktracerPrintsThenTheProcessDies() throws {
      let rows = try Self.crash(
        with: (SIGSEGV, "SIGSEGV"),
        extraEnvironment: ["SWIFT_BACKTRACE": "interactive=no,threads=crashed,images=none"])
      #expect(!rows.contains { $0.contains("Press space to interact") }, "\(rows)")
      #expect(rows.contains { $0.contains("Backtrace took") }, "no backtrace: \(rows)")
    }
  }
}
