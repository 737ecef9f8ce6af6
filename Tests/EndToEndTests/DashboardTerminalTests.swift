import Dashboard
import Foundation
import PlandashTestSupport
import Testing

extension EndToEnd {
  /// The dashboard itself, run as a person runs it: `plandash` in a terminal (tmux) on the
  /// shipped sample plans, keys typed, the screen read back.
  @Suite struct DashboardTerminalTests {
    /// Rows drawn inside a box must end exactly at the right edge: a row that wrapped, was
    /// cut short, or had a wide character measured wrong ends elsewhere.
    static func expectAligned(_ rows: [String], width: Int, height: Int) {
      #expect(rows.count == height, "\(rows.count) rows")
      for (index, row) in rows.enumerated() {
        let w = ScreenText.width(row)
        #expect(w <= width, "row \(index) is \(w) wide: \(row)")
        if row.hasPrefix("│") || row.hasPrefix("┌") || row.hasPrefix("└") {
          #expect(w == width, "boxed row \(index) ends at column \(w), not \(width): \(row)")
        }
      }
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func chinesePanesLineUp(width: Int, height: Int) throws {
      let session = try DashboardSession(width: width, height: height, arguments: "--lang zh")
      defer { session.close() }
      // The whole first frame: the region list and the status line at the bottom.
      let (rows, met) = try session.tmux.waitFor(settled: true) { rows in
        rows.count == height && !rows[height - 1].isEmpty && rows.contains { $0.contains("巴中市") }
          && rows[0].contains("1 地区")
      }
      try #require(met, "no dashboard: \(rows)")
      #expect(rows[0].contains("5 措施"))
      #expect(rows.contains { $0.contains("巴中市") && $0.contains("市") })
      Self.expectAligned(rows, width: width, height: height)
      if width >= 160 {
        // The wide layout shows all five panes at once.
        for title in ["1 地区", "2 集群", "3 梯度培育", "4 用地与能耗", "5 措施"] {
          #expect(rows.dropFirst().contains { $0.contains("┌ \(title)") }, "pane \(title) missing")
        }
      }
      try session.tmux.send("5")
      let (measures, opened) = try session.tmux.waitFor(settled: true) {
        $0.contains { $0.contains("┌ 5 措施") }
      }
      try #require(opened, "5 did not open the Measures pane: \(measures)")
      Self.expectAligned(measures, width: width, height: height)
      #expect(measures.contains { $0.contains("待办") })
    }

    @Test func arrowsAndDigitsMoveSelectionAndFocus() throws {
      let session = try DashboardSession(width: 80, height: 24)
      defer { session.close() }
      let (before, shown) = try session.tmux.waitFor { rows in
        rows.contains { $0.contains("Regions") } && rows.contains { $0.contains("▸") }
      }
      try #require(shown, "\(before)")
      let firstSelected = try #require(before.first { $0.contains("▸") })
      try session.tmux.send("Down")
      let (after, moved) = try session.tmux.waitFor { rows in
        guard let selected = rows.first(where: { $0.contains("▸") }) else { return false }
        return selected != firstSelected
      }
      #expect(moved, "the selection did not move: \(after)")
      // The breadcrumb follows the region chosen in the first pane.
      let region = try #require(
        after.first { $0.contains("▸") }.map { $0.dropFirst(2).split(separator: " ").first })
      try session.tmux.send("2")
      let (clusters, focused) = try session.tmux.waitForText("┌ 2 Clusters")
      #expect(focused, "\(clusters)")
      #expect(clusters[1].contains(String(region ?? "")), "breadcrumb: \(clusters[1])")
      try session.tmux.send("BTab")
      #expect(try session.tmux.waitForText("┌ 1 Regions").met)
      // No stray cursor blinking over the lists.
      #expect(try session.tmux.cursor().visible == false)
    }

    @Test func measureMarkedOnScreenIsInTheStoreAfterQuitting() throws {
      let session = try DashboardSession(width: 80, height: 24)
      defer { session.close() }
      try #require(try session.tmux.waitForText("Regions").met)
      try session.tmux.send("5")
      try #require(try session.tmux.waitForText("┌ 5 Measures").met)
      try session.tmux.send("Space")
      let (marked, met) = try session.tmux.waitFor { rows in
        rows.contains { $0.contains("▸") && $0.contains("done") }
      }
      #expect(met, "the selected measure is not shown done: \(marked)")
      try session.tmux.send("q")
      try #require(try session.tmux.waitForText("[exit 0]").met)
      let history = try session.cli(["history"])
      #expect(history.status == 0, "\(history.err)")
      let changes = history.out.split(separator: "\n").filter { $0.contains(".measure.") }
      #expect(changes.count == 1, "\(history.out)")
      #expect(changes.first?.contains("done") == true)
    }

    @Test func noteTypedInChineseIsStored() throws {
      let session = try DashboardSession(width: 80, height: 24)
      defer { session.close() }
      try #require(try session.tmux.waitForText("Regions").met)
      try session.tmux.send("5")
      try #require(try session.tmux.waitForText("┌ 5 Measures").met)
      try session.tmux.send("n")
      try session.tmux.type("已对接区经济信息委")
      let (typing, shown) = try session.tmux.waitForText("已对接区经济信息委", settled: true)
      #expect(shown, "\(typing.suffix(2))")
      Self.expectAligned(typing, width: 80, height: 24)
      // The cursor stands just after the typed text, where an input method opens its window.
      let editRow = try #require(typing.lastIndex { $0.contains("已对接区经济信息委") })
      let cursor = try session.tmux.cursor()
      #expect(cursor.visible)
      #expect(cursor.y == editRow)
      let typedEnd = try #require(
        ScreenText.column(of: "已对接区经济信息委", in: typing[editRow]).map {
          $0 + ScreenText.width("已对接区经济信息委")
        })
      #expect(cursor.x == typedEnd, "cursor at \(cursor.x), text ends at \(typedEnd)")
      try session.tmux.send("Enter")
      try session.tmux.send("q")
      try #require(try session.tmux.waitForText("[exit 0]").met)
      let history = try session.cli(["history"])
      #expect(history.out.contains("已对接区经济信息委"), "\(history.out)")
    }

    @Test func markByAnotherProcessAppearsWithinTwoSeconds() throws {
      let session = try DashboardSession(width: 100, height: 30)
      defer { session.close() }
      try #require(try session.tmux.waitForText("Regions").met)
      try session.tmux.send("5")
      let (rows, opened) = try session.tmux.waitForText("┌ 5 Measures")
      try #require(opened, "5 did not open the Measures pane: \(rows)")
      #expect(!rows.contains { $0.contains("blocked") })
      // The first measure of the region on screen, by id, from the list command.
      let list = try session.cli(["list", "measures"])
      let id = try #require(
        list.out.split(separator: "\n").map {
          $0.split(separator: " ").first.map(String.init) ?? ""
        }
        .first { $0.contains(".measure.") }, "\(list.out)")
      let mark = try session.cli(["mark", id, "--status", "blocked"])
      #expect(mark.status == 0, "\(mark.err)")
      let marked = Date()
      let (after, met) = try session.tmux.waitForText("blocked", timeout: 2.5)
      #expect(met, "not shown \(Date().timeIntervalSince(marked)) s after the mark: \(after)")
    }

    /// A copy of the shipped plans in `folder`/plans; returns its path.
    static func copySampleData(into folder: TemporaryFolder) throws -> String {
      let plans = folder.path("plans")
      try FileManager.default.createDirectory(atPath: plans, withIntermediateDirectories: true)
      let shipped = URL(fileURLWithPath: PlandashBinary.sampleData)
      for name in try FileManager.default.contentsOfDirectory(atPath: shipped.path)
      where name.hasSuffix(".yaml") {
        try FileManager.default.copyItem(
          atPath: shipped.appendingPathComponent(name).path, toPath: plans + "/" + name)
      }
      return plans
    }

    @Test func planFileEditAppearsWithoutRestart() throws {
      let folder = TemporaryFolder()
      let plans = try Self.copySampleData(into: folder)
      let session = try DashboardSession(
        width: 80, height: 24, arguments: "--plans \(plans)", folder: folder)
      defer { session.close() }
      try #require(try session.tmux.waitForText("Regions").met)
      let file = plans + "/bazhong.yaml"
      let text = try String(contentsOfFile: file, encoding: .utf8)
      try #require(text.contains("\n  name: 巴中市\n"))
      try Data(text.replacingOccurrences(of: "\n  name: 巴中市\n", with: "\n  name: 巴中新区\n").utf8)
        .write(to: URL(fileURLWithPath: file))
      let edited = Date()
      let (rows, met) = try session.tmux.waitForText("巴中新区", timeout: 2.5, settled: true)
      #expect(met, "not shown \(Date().timeIntervalSince(edited)) s after the edit: \(rows)")
      DashboardTerminalTests.expectAligned(rows, width: 80, height: 24)
    }

    /// A plan file broken while the dashboard runs: the plans shown stay, the status line
    /// names the first problem as `plandash validate` does; repaired, the message goes.
    @Test func invalidPlanFileEditIsNamedUntilRepaired() throws {
      let folder = TemporaryFolder()
      let plans = try Self.copySampleData(into: folder)
      // Wide enough for the temporary folder's long path and the whole message.
      let session = try DashboardSession(
        width: 200, height: 30, arguments: "--plans \(plans)", folder: folder)
      defer { session.close() }
      try #require(try session.tmux.waitForText("Regions").met)
      let file = plans + "/hechuan.yaml"
      let good = try String(contentsOfFile: file, encoding: .utf8)
      try #require(good.contains("\nregion:\n"))
      try Data(good.replacingOccurrences(of: "\nregion:\n", with: "\nregionx:\n").utf8)
        .write(to: URL(fileURLWithPath: file))
      let validate = try session.cli(["validate", plans])
      #expect(validate.status == 1)
      let problems = validate.out.split(separator: "\n").map(String.init)
      let first = try #require(problems.first)
      #expect(first.hasPrefix(file + ":") && !first.hasPrefix(file + ":0:"), "\(first)")
      let more = problems.count > 1 ? " (+\(problems.count - 1) more)" : ""
      let (rows, met) = try session.tmux.waitForText(
        first + more + "; previous version still shown", timeout: 3, settled: true)
      #expect(met, "\(rows)")
      #expect(rows.last?.contains(first) == true, "\(rows.last ?? "")")
      // The previous plans stay: Hechuan is still listed.
      #expect(rows.contains { $0.contains("合川区") }, "\(rows)")
      DashboardTerminalTests.expectAligned(rows, width: 200, height: 30)
      try Data(good.utf8).write(to: URL(fileURLWithPath: file))
      let (repaired, gone) = try session.tmux.waitFor(timeout: 3, settled: true) { rows in
        !rows.contains { $0.contains("hechuan.yaml") || $0.contains("previous version") }
      }
      #expect(gone, "\(repaired)")
      #expect(repaired.contains { $0.contains("合川区") })
    }

    @Test func tinyTerminalSaysTooSmallAndRecovers() throws {
      let session = try DashboardSession(width: 80, height: 24)
      defer { session.close() }
      try #require(try session.tmux.waitForText("Regions").met)
      try session.tmux.resize(width: 20, height: 6)
      let (small, met) = try session.tmux.waitForText("too small")
      #expect(met, "\(small)")
      #expect(small.allSatisfy { ScreenText.width($0) <= 20 })
      try session.tmux.resize(width: 1, height: 1)
      Thread.sleep(forTimeInterval: 0.3)
      try session.tmux.resize(width: 80, height: 24)
      let (back, recovered) = try session.tmux.waitForText("┌ 1 Regions", settled: true)
      #expect(recovered, "\(back)")
      Self.expectAligned(back, width: 80, height: 24)
    }

    @Test func manyResizesInARowEndAligned() throws {
      let session = try DashboardSession(width: 80, height: 24, arguments: "--lang zh")
      defer { session.close() }
      try #require(try session.tmux.waitForText("1 地区").met)
      // A fixed walk through odd sizes, tiny ones included, faster than frames are drawn.
      var state: UInt64 = 0x9E37_79B9_7F4A_7C15
      for _ in 0..<30 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let width = 1 + Int((state >> 33) % 200)
        let height = 1 + Int((state >> 17) % 60)
        try session.tmux.resize(width: width, height: height)
      }
      try session.tmux.resize(width: 123, height: 37)
      let (rows, met) = try session.tmux.waitFor(settled: true) { rows in
        rows.count == 37 && rows.contains { $0.hasPrefix("┌") && ScreenText.width($0) == 123 }
      }
      #expect(met, "\(rows)")
      Self.expectAligned(rows, width: 123, height: 37)
      #expect(!rows.contains { $0.contains("[exit") }, "plandash ended: \(rows)")
    }

    @Test func ctrlCQuitsCleanlyAndKeepsSettings() throws {
      let stty = "stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo;"
      let session = try DashboardSession(width: 80, height: 24, after: stty)
      defer { session.close() }
      try #require(try session.tmux.waitForText("Regions").met)
      try session.tmux.send("4")
      try #require(try session.tmux.waitForText("┌ 4 Land").met)
      // One Ctrl-C quits like `q`: exit 0, the terminal given back, the view saved.
      try session.tmux.send("C-c")
      let (rows, met) = try session.tmux.waitForText("[exit 0]")
      #expect(met, "\(rows)")
      #expect(try session.tmux.waitFor { $0.contains("icanon") && $0.contains("echo") }.met)
      let settings = try String(
        contentsOfFile: session.folder.path("config/plandash/config"), encoding: .utf8)
      #expect(settings.contains("pane = land-energy"), "\(settings)")
    }

    @Test func terminalHangUpEndsTheDashboardWithoutSpinning() throws {
      let session = try DashboardSession(width: 80, height: 24)
      defer { session.close() }
      try #require(try session.tmux.waitForText("Regions").met)
      try session.tmux.send("3")
      try #require(try session.tmux.waitForText("┌ 3 Ladders").met)
      let shell = try session.tmux.panePID()
      let pid = try #require(ProcessTree.children(of: shell).first)
      session.close()  // the terminal goes away: SIGHUP, then end of input
      let deadline = Date().addingTimeInterval(5)
      while FileManager.default.fileExists(atPath: "/proc/\(pid)"), Date() < deadline {
        Thread.sleep(forTimeInterval: 0.05)
      }
      #expect(!FileManager.default.fileExists(atPath: "/proc/\(pid)"), "plandash still runs")
      let settings = try String(
        contentsOfFile: session.folder.path("config/plandash/config"), encoding: .utf8)
      #expect(settings.contains("pane = ladders"), "\(settings)")
    }

    @Test func themeBordersAndLastViewPersist() throws {
      let folder = TemporaryFolder()
      let settingsPath = folder.path("config/plandash/config")
      do {
        let first = try DashboardSession(
          width: 80, height: 24, arguments: "--theme light --ascii", folder: folder)
        defer { first.close() }
        let (rows, met) = try first.tmux.waitForText("+ 1 Regions")
        try #require(met, "\(rows)")
        #expect(rows.contains { $0.hasPrefix("+") }, "ASCII borders expected: \(rows)")
        #expect(!rows.contains { $0.contains("│") || $0.contains("┌") })
        try first.tmux.send("5")
        try #require(try first.tmux.waitForText("5 Measures (").met)
        try first.tmux.send("q")
        try #require(try first.tmux.waitForText("[exit 0]").met)
      }
      let saved = try String(contentsOfFile: settingsPath, encoding: .utf8)
      for line in ["theme = light", "ascii = true", "pane = measures"] {
        #expect(saved.contains(line), "\(line) not in:\n\(saved)")
      }
      // LANG chose the language, so it is not pinned in the file.
      #expect(!saved.contains("language"))
      let second = try DashboardSession(width: 80, height: 24, folder: folder)
      defer { second.close() }
      let (rows, met) = try second.tmux.waitForText("5 Measures (")
      #expect(met, "the last view was not remembered: \(rows)")
      #expect(rows.contains { $0.hasPrefix("+") && $0.contains("5 Measures") }, "\(rows)")
      try second.tmux.send("q")
      try #require(try second.tmux.waitForText("[exit 0]").met)
      #expect(try String(contentsOfFile: settingsPath, encoding: .utf8).contains("theme = light"))
    }

    @Test func damagedSettingsFileWarnsAndFallsBack() throws {
      let folder = TemporaryFolder()
      let settingsPath = folder.path("config/plandash/config")
      try FileManager.default.createDirectory(
        atPath: folder.path("config/plandash"), withIntermediateDirectories: true)
      try Data("theme = light\nascii = maybe\n\u{1}garbage\ncolour = red\n".utf8)
        .write(to: URL(fileURLWithPath: settingsPath))
      let session = try DashboardSession(width: 80, height: 24, folder: folder)
      defer { session.close() }
      // Box-drawing borders: the bad `ascii` line fell back to the default.
      let (rows, met) = try session.tmux.waitForText("┌ 1 Regions")
      #expect(met, "the dashboard did not start on a damaged settings file: \(rows)")
      try session.tmux.send("q")
      let (after, quit) = try session.tmux.waitForText("[exit 0]")
      #expect(quit)
      // The warnings name the file and line, and stay on screen after the dashboard closes.
      #expect(after.contains { $0.contains("config:2:") && $0.contains("ascii") }, "\(after)")
      #expect(after.contains { $0.contains("config:4:") && $0.contains("colour") }, "\(after)")
    }

    @Test func cjkWideShowsNoAmbiguousCharacter() throws {
      let session = try DashboardSession(width: 100, height: 30, arguments: "--cjk-wide --lang zh")
      defer { session.close() }
      let (rows, met) = try session.tmux.waitForText("地区")
      try #require(met)
      for key in ["1", "2", "3", "4", "5"] {
        try session.tmux.send(key)
        Thread.sleep(forTimeInterval: 0.3)
        for row in try session.tmux.capture() {
          #expect(!AmbiguousWidth.containsAmbiguous(row), "ambiguous-width character in: \(row)")
        }
      }
      #expect(ScreenText.hasChinese(rows))
    }

    /// The live screen, painted frame after frame by diffing, must equal a fresh headless
    /// render of the same keys: any cell the painter failed to update, any smear left by a
    /// wide character, shows up as a difference.
    @Test(arguments: [
      (80, 24, "Down 5"),
      (80, 24, "Down Down 2 Enter Down Down Escape 3 4 5 Down Down Enter Escape Tab Tab"),
      (160, 48, "2 Enter Escape 5 Down Down Down Enter Escape BTab Up 1 Down"),
      (100, 30, "5 / shengwu Escape 1 Down Down 2 End Home"),
    ])
    func liveScreenEqualsRender(width: Int, height: Int, keys: String) throws {
      let session = try DashboardSession(width: width, height: height)
      defer { session.close() }
      try #require(try session.tmux.waitForText("Regions").met)
      for key in keys.split(separator: " ") {
        try session.tmux.send(String(key))
        Thread.sleep(forTimeInterval: 0.05)
      }
      let rendered = try session.cli([
        "render", "--width", "\(width)", "--height", "\(height)", "--keys", keys,
      ])
      #expect(rendered.status == 0, "\(rendered.err)")
      let expected = rendered.out.split(separator: "\n", omittingEmptySubsequences: false)
        .dropLast().map { String($0) }
      func trimmed(_ rows: [String]) -> [String] {
        rows.map { String($0.reversed().drop { $0 == " " }.reversed()) }
      }
      let (live, same) = try session.tmux.waitFor { trimmed($0) == expected }
      #expect(
        same,
        "render:\n\(expected.joined(separator: "\n"))\nlive:\n\(live.joined(separator: "\n"))")
    }

    @Test func renderNeverWritesTheStore() throws {
      let folder = TemporaryFolder()
      let environment = DashboardSession.environment(in: folder)
      let result = try PlandashBinary.run(
        ["render", "--width", "60", "--height", "20", "--keys", "5 Space s s"],
        environment: environment)
      #expect(result.status == 0, "\(result.err)")
      let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      #expect(lines.count == 20)
      #expect(lines.allSatisfy { ScreenText.width(String($0)) <= 60 })
      #expect(!FileManager.default.fileExists(atPath: folder.path("progress.sqlite")))
    }
  }
}
