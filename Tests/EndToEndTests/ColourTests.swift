import Foundation
import PlandashTestSupport
import Testing

extension EndToEnd {
  /// Colours as the terminal receives them (tmux's `capture-pane -e` gives them back as SGR
  /// sequences): direct RGB when terminfo says so, else the 256 palette, else the 8 ANSI
  /// colours, and none at all under `NO_COLOR` — where the selection is still visible
  /// (reverse video).
  @Suite struct ColourTests {
    enum Expected: Sendable, CustomStringConvertible {
      case palette256, ansi8, none, direct
      var description: String { "\(self)" }
    }

    /// SGR parameters that set a colour (other than the default, 39/49).
    static func isColourCode(_ code: Int) -> Bool {
      (30...37).contains(code) || (40...47).contains(code) || code == 38 || code == 48
    }

    static func sgrCodes(_ screen: String) -> [String] {
      var codes: [String] = []
      var rest = Substring(screen)
      while let start = rest.range(of: "\u{1B}[") {
        rest = rest[start.upperBound...]
        guard let end = rest.firstIndex(of: "m") else { break }
        codes.append(String(rest[..<end]))
        rest = rest[rest.index(after: end)...]
      }
      return codes
    }

    func screen(term: String, extra: [String: String] = [:]) throws -> String {
      let folder = TemporaryFolder()
      var environment = DashboardSession.environment(in: folder)
      environment["TERM"] = term
      for (key, value) in extra { environment[key] = value }
      let binary = try PlandashBinary.requirePath()
      let session = try TmuxSession(
        width: 80, height: 24, environment: environment, command: "\(binary); sleep 300")
      defer { session.close() }
      try #require(try session.waitForText("Regions").met)
      Thread.sleep(forTimeInterval: 0.2)
      return try session.captureWithEscapes()
    }

    @Test func palette256OnXterm256() throws {
      let codes = Self.sgrCodes(try screen(term: "xterm-256color"))
      #expect(codes.contains { $0.contains("38;5;") })
      #expect(!codes.contains { $0.contains("38;2;") })
    }

    @Test func eightColoursOnPlainXterm() throws {
      let codes = Self.sgrCodes(try screen(term: "xterm"))
      #expect(!codes.contains { $0.contains("38;5;") || $0.contains("48;5;") })
      let numbers: [Int] = codes.flatMap { $0.split(separator: ";") }.compactMap { Int($0) }
      #expect(numbers.contains { (30...37).contains($0) }, "\(codes.prefix(10))")
    }

    @Test func noColorLeavesAttributesOnly() throws {
      let codes = Self.sgrCodes(try screen(term: "xterm-256color", extra: ["NO_COLOR": "1"]))
      let numbers: [Int] = codes.flatMap { $0.split(separator: ";") }.compactMap { Int($0) }
      let colourCodes = numbers.filter(Self.isColourCode)
      #expect(colourCodes.isEmpty, "colour codes under NO_COLOR: \(codes)")
      #expect(
        codes.contains { $0.split(separator: ";").contains("7") }, "no reverse video: \(codes)")
    }

    @Test func userThemeFromTheConfigFolderIsUsedAndItsBadLineNamed() throws {
      let folder = TemporaryFolder()
      let themes = folder.path("config/plandash/themes")
      try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
      try Data("name = mine\nborder = #FF0000\nborderz = 12\n".utf8)
        .write(to: URL(fileURLWithPath: themes + "/mine.theme"))
      var environment = DashboardSession.environment(in: folder)
      environment["TERM"] = "xterm-256color"
      let binary = try PlandashBinary.requirePath()
      let session = try TmuxSession(
        width: 100, height: 30, environment: environment,
        command: "\(binary) --theme mine; echo \"[exit $?]\"; sleep 300")
      defer { session.close() }
      // The warning names the file and line, on the status line while the dashboard runs…
      let (rows, met) = try session.waitForText("mine.theme:3")
      #expect(met, "\(rows.suffix(2))")
      // …and the border is the theme's red: #FF0000 is 196 among 256 colours.
      let screen = try session.captureWithEscapes()
      #expect(screen.contains("38;5;196m"), "no red border")
      try session.send("q")
      let (after, quit) = try session.waitForText("[exit 0]")
      #expect(quit)
      // Printed again on standard error (a long path wraps: read the rows as one text).
      let text = after.joined()
      #expect(text.contains("mine.theme:3: unknown key `borderz`"), "\(after)")
    }

    /// Compiles terminfo source into `folder/db` with tic and returns TERMINFO_DIRS naming it
    /// first, then the system's own directories.
    static func compileTerminfo(_ source: String, in folder: TemporaryFolder) throws -> String {
      let file = folder.path("entry.ti")
      try Data(source.utf8).write(to: URL(fileURLWithPath: file))
      let compiled = try Spawn.run(
        "/usr/bin/tic", ["-x", "-o", folder.path("db"), file], captureOutput: true)
      try #require(compiled.status == 0, "tic failed")
      return folder.path("db") + ":/etc/terminfo:/lib/terminfo:/usr/share/terminfo"
    }

    /// xterm-256color plus the RGB flag and 24-bit setaf/setab, under a given name.
    static func directEntry(named name: String) -> String {
      """
      \(name)|xterm-256color with direct colour (plandash test),
      \tRGB, colors#0x1000000, pairs#0x10000,
      \tsetaf=\\E[%?%p1%{8}%<%t3%p1%d%e38;2;%p1%{65536}%/%d;%p1%{256}%/%{255}%&%d;%p1%{255}%&%d%;m,
      \tsetab=\\E[%?%p1%{8}%<%t4%p1%d%e48;2;%p1%{65536}%/%d;%p1%{256}%/%{255}%&%d;%p1%{255}%&%d%;m,
      \tuse=xterm-256color,

      """
    }

    static let ticAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/tic")

    @Test(.enabled(if: ticAvailable))
    func colortermTruecolorUsesAnInstalledDirectEntry() throws {
      let folder = TemporaryFolder()
      let dirs = try Self.compileTerminfo(
        Self.directEntry(named: "pdtest-direct")
          + "pdtest-256color|plandash test 256,\n\tuse=xterm-256color,\n", in: folder)
      let codes = Self.sgrCodes(
        try screen(
          term: "pdtest-256color", extra: ["COLORTERM": "truecolor", "TERMINFO_DIRS": dirs]))
      #expect(codes.contains { $0.contains("38;2;") }, "\(codes.prefix(10))")
      #expect(!codes.contains { $0.contains("38;5;") })
    }

    /// Debian's `ncurses-term` (installed by scripts/setup.sh) ships `xterm-direct`: then the
    /// ordinary `TERM=xterm-256color` with `COLORTERM=truecolor`, what nearly every modern
    /// terminal sets, gets exact 24-bit colour.
    static let systemXtermDirect = ["/usr/share/terminfo", "/lib/terminfo", "/etc/terminfo"]
      .contains { FileManager.default.fileExists(atPath: $0 + "/x/xterm-direct") }

    @Test(.enabled(if: systemXtermDirect, "ncurses-term (xterm-direct) is not installed"))
    func colortermTruecolorOnXterm256UsesTheSystemsXtermDirect() throws {
      let codes = Self.sgrCodes(
        try screen(term: "xterm-256color", extra: ["COLORTERM": "truecolor"]))
      #expect(codes.contains { $0.contains("38;2;") }, "\(codes.prefix(10))")
      #expect(!codes.contains { $0.contains("38;5;") })
      let kept = Self.sgrCodes(
        try screen(
          term: "xterm-256color", extra: ["COLORTERM": "truecolor", "PLANDASH_TRUECOLOR": "0"]))
      #expect(kept.contains { $0.contains("38;5;") }, "\(kept.prefix(10))")
    }

    @Test(.enabled(if: ticAvailable))
    func colortermTruecolorWithoutADirectEntryFallsBackTo256() throws {
      let folder = TemporaryFolder()
      let dirs = try Self.compileTerminfo(
        "pdlone-256color|plandash test 256 without a direct sibling,\n\tuse=xterm-256color,\n",
        in: folder)
      let codes = Self.sgrCodes(
        try screen(
          term: "pdlone-256color", extra: ["COLORTERM": "truecolor", "TERMINFO_DIRS": dirs]))
      #expect(codes.contains { $0.contains("38;5;") }, "\(codes.prefix(10))")
      #expect(!codes.contains { $0.contains("38;2;") })
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/tic")))
    func directColourWhenTerminfoHasRGB() throws {
      // A terminfo entry of our own: xterm-256color plus the RGB flag and 24-bit setaf/setab.
      let folder = TemporaryFolder()
      let source = folder.path("rgb.ti")
      try Data(
        """
        xterm-pdrgb|xterm-256color with direct colour (plandash test),
        \tRGB, colors#0x1000000, pairs#0x10000,
        \tsetaf=\\E[%?%p1%{8}%<%t3%p1%d%e38;2;%p1%{65536}%/%d;%p1%{256}%/%{255}%&%d;%p1%{255}%&%d%;m,
        \tsetab=\\E[%?%p1%{8}%<%t4%p1%d%e48;2;%p1%{65536}%/%d;%p1%{256}%/%{255}%&%d;%p1%{255}%&%d%;m,
        \tuse=xterm-256color,

        """.utf8
      ).write(to: URL(fileURLWithPath: source))
      let compiled = try Spawn.run(
        "/usr/bin/tic", ["-x", "-o", folder.path("db"), source], captureOutput: true)
      try #require(compiled.status == 0)
      let codes = Self.sgrCodes(
        try screen(term: "xterm-pdrgb", extra: ["TERMINFO": folder.path("db")]))
      #expect(codes.contains { $0.contains("38;2;") }, "\(codes.prefix(10))")
      #expect(!codes.contains { $0.contains("38;5;") })
    }
  }
}
