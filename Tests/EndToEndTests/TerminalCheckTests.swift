import Foundation
import PlandashTestSupport
import Testing

extension EndToEnd {
  /// The terminal layer on its own, through `plandash terminal-check`: a bordered box of
  /// Chinese text that echoes each key as the dashboard receives it.
  @Suite struct TerminalCheckTests {
    static let environment = ["LANG": "C.UTF-8", "TERM": "xterm-256color"]

    func start(width: Int, height: Int, after: String = "") throws -> TmuxSession {
      let binary = try PlandashBinary.requirePath()
      return try TmuxSession(
        width: width, height: height, environment: Self.environment,
        command: "trap : INT; \(binary) terminal-check 2>&1; echo \"[exit $?]\"; \(after) sleep 300"
      )
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func chineseLinesUpInsideTheBox(width: Int, height: Int) throws {
      let session = try start(width: width, height: height)
      defer { session.close() }
      // The whole first frame, down to the bottom border.
      let (rows, met) = try session.waitFor(settled: true) { rows in
        rows.count == height && rows[height - 1].hasPrefix("└")
          && rows.contains { $0.contains("生物医药") }
      }
      #expect(met, "the check screen never appeared: \(rows)")
      #expect(rows.count == height)
      #expect(ScreenText.hasChinese(rows))
      for (index, row) in rows.enumerated() {
        #expect(ScreenText.width(row) <= width, "row \(index) is wider than \(width): \(row)")
      }
      // The right border stands in the last column of every row between top and bottom,
      // whatever mix of Chinese and ASCII the row holds.
      for index in 1..<(height - 1) {
        #expect(
          ScreenText.width(rows[index]) == width && rows[index].hasSuffix("│"),
          "row \(index) does not end at the border: \(rows[index])")
      }
      #expect(rows[0].hasPrefix("┌") && rows[0].hasSuffix("┐"))
      #expect(rows[height - 1].hasPrefix("└") && rows[height - 1].hasSuffix("┘"))
      #expect(rows.contains { $0.contains("size: \(width)x\(height)") })
    }

    @Test func keysArriveAsTmuxNamesThem() throws {
      let session = try start(width: 80, height: 40)
      defer { session.close() }
      try #require(try session.waitForText("生物医药").met)
      let names = [
        "Up", "Down", "Left", "Right", "PPage", "NPage", "Home", "End", "Tab", "BTab", "Enter",
        "BSpace", "DC", "C-r", "F5", "Space",
      ]
      for name in names {
        try session.send(name)
        let (rows, met) = try session.waitForText("last: \(name)")
        #expect(
          met,
          "after sending \(name) the screen shows \(rows.first { $0.contains("last:") } ?? "nothing")"
        )
      }
      try session.send("Escape")
      #expect(try session.waitForText("last: Escape").met)
    }

    @Test func chineseTypedAtOnceArrivesAsOneText() throws {
      let session = try start(width: 80, height: 24)
      defer { session.close() }
      try #require(try session.waitForText("生物医药").met)
      try session.type("合川区")
      let (rows, met) = try session.waitForText("last: text(合川区)")
      #expect(met, "\(rows)")
    }

    @Test func idleTicksArriveTwiceASecond() throws {
      let started = Date()
      let session = try start(width: 80, height: 24)
      defer { session.close() }
      // Count, rather than look for one number: a slow poll must not miss "ticks: 3".
      func ticks(_ rows: [String]) -> Int {
        guard let row = rows.first(where: { $0.contains("ticks: ") }),
          let range = row.range(of: "ticks: ")
        else { return 0 }
        return Int(row[range.upperBound...].prefix { $0.isNumber }) ?? 0
      }
      let (rows, met) = try session.waitFor(timeout: 5) { ticks($0) >= 3 }
      #expect(met, "\(rows.prefix(3))")
      // Three ticks take about 1.5 s of idling; far fewer would mean ticks come too often.
      #expect(Date().timeIntervalSince(started) > 1.0)
    }

    @Test func tinyTerminalShowsTooSmallAndRecovers() throws {
      let session = try start(width: 80, height: 24)
      defer { session.close() }
      try #require(try session.waitForText("生物医药").met)
      try session.resize(width: 20, height: 5)
      let (small, smallMet) = try session.waitForText("终端太小")
      #expect(smallMet, "\(small)")
      for (width, height) in [(1, 1), (2, 2), (10, 3)] {
        try session.resize(width: width, height: height)
        Thread.sleep(forTimeInterval: 0.2)
      }
      try session.resize(width: 100, height: 30)
      let (back, backMet) = try session.waitForText("size: 100x30")
      #expect(backMet, "\(back)")
      #expect(back.contains { $0.contains("生物医药") })
      #expect(back.allSatisfy { ScreenText.width($0) <= 100 })
    }

    @Test func ctrlCQuitsAndRestoresTheTerminal() throws {
      let stty = "stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo;"
      let session = try start(width: 80, height: 24, after: stty)
      defer { session.close() }
      try #require(try session.waitForText("生物医药").met)
      try session.send("C-c")
      let (rows, met) = try session.waitForText("[exit 130]")
      #expect(met, "\(rows)")
      // The shell's terminal modes are back: canonical input and echo.
      let (modes, modesMet) = try session.waitFor { $0.contains("icanon") && $0.contains("echo") }
      #expect(modesMet, "\(modes)")
      #expect(!modes.contains { $0.contains("生物医药") }, "the dashboard is still on screen")
    }

    @Test func crashSignalRestoresTheTerminal() throws {
      let stty = "stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo;"
      let binary = try PlandashBinary.requirePath()
      var environment = Self.environment
      environment["SWIFT_BACKTRACE"] = "enable=no"
      let session = try TmuxSession(
        width: 80, height: 24, environment: environment,
        command: "\(binary) terminal-check; echo \"[exit $?]\"; \(stty) sleep 300")
      defer { session.close() }
      try #require(try session.waitForText("生物医药").met)
      let shell = try session.panePID()
      let children = ProcessTree.children(of: shell)
      try #require(children.count == 1, "expected plandash under the pane's shell: \(children)")
      kill(children[0], SIGSEGV)
      let (rows, met) = try session.waitForText("[exit 139]")
      #expect(met, "\(rows)")
      let (modes, modesMet) = try session.waitFor { $0.contains("icanon") && $0.contains("echo") }
      #expect(modesMet, "\(modes)")
    }

    @Test func ctrlZSuspendsAndFgRedraws() throws {
      let binary = try PlandashBinary.requirePath()
      var environment = Self.environment
      environment["PS1"] = "$ "
      let session = try TmuxSession(
        width: 80, height: 24, environment: environment, command: "exec bash --norc -i")
      defer { session.close() }
      try session.type("\(binary) terminal-check")
      try session.send("Enter")
      try #require(try session.waitForText("生物医药").met)
      try session.send("C-z")
      let (stopped, stoppedMet) = try session.waitForText("Stopped")
      #expect(stoppedMet, "\(stopped)")
      #expect(!stopped.contains { $0.contains("生物医药") })
      try session.type("fg")
      try session.send("Enter")
      let (back, backMet) = try session.waitForText("生物医药")
      #expect(backMet, "\(back)")
      try session.send("x")
      #expect(try session.waitForText("last: text(x)").met)
      try session.send("q")
      // Keys typed before plandash has gone would reach plandash, not the shell.
      #expect(try session.waitFor { rows in !rows.contains { $0.contains("生物医药") } }.met)
      try session.type("echo status=$?")
      try session.send("Enter")
      #expect(try session.waitForText("status=0").met)
    }

    @Test(arguments: ["nonesuch", "", "dumb"])
    func unusableTermGivesOneLineAndStatus2(term: String) throws {
      let binary = try PlandashBinary.requirePath()
      let session = try TmuxSession(
        width: 80, height: 24, environment: ["LANG": "C.UTF-8", "TERM": term],
        command: "\(binary) terminal-check; echo \"[exit $?]\"; sleep 300")
      defer { session.close() }
      let (rows, met) = try session.waitForText("[exit 2]")
      #expect(met, "\(rows)")
      let lines = rows.filter { !$0.isEmpty }
      #expect(lines.count == 2, "expected one error line then the exit line: \(lines)")
      #expect(lines.first?.contains("TERM") == true || lines.first?.contains(term) == true)
    }
  }
}
