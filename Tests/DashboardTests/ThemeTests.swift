import PlanModel
import PlandashTestSupport
import Testing

@testable import Dashboard

@Suite struct ThemeTests {
  @Test func parsesColoursBackgroundsAndAttributes() {
    let text = """
      # a comment
      name = sample
      selection = #000000 on #E69F00 bold   # trailing comment
      muted = 245
      normal = default on default
      monochrome_only = default
      """
    let (theme, warnings) = ThemeParser.parse(text, file: "sample.theme")
    #expect(theme.name == "sample")
    #expect(
      theme.roles[.selection]
        == RoleColors(foreground: .rgb(0, 0, 0), background: .rgb(0xE6, 0x9F, 0), bold: true))
    #expect(theme.roles[.muted] == RoleColors(foreground: .indexed(245)))
    #expect(theme.roles[.normal] == RoleColors())
    #expect(warnings.count == 1)
    #expect(warnings.first?.line == 6)
    #expect(
      warnings.first?.description.hasPrefix("sample.theme:6: unknown key `monochrome_only`") == true
    )
  }

  @Test func badColoursWarnWithFileAndLineAndFallBackToDefaults() {
    let text = """
      name = broken
      done = #12345
      blocked = 256
      todo = #00ff00 on
      header = chartreuse bold
      border_focused
      title = #ABCDEF
      """
    let (theme, warnings) = ThemeParser.parse(text, file: "Themes/broken.theme")
    #expect(warnings.map(\.line) == [2, 3, 4, 5, 6])
    #expect(warnings.allSatisfy { $0.file == "Themes/broken.theme" })
    #expect(warnings[0].message.en.contains("bad colour `#12345`"))
    #expect(warnings[1].message.en.contains("bad colour `256`"))
    #expect(warnings[4].message.en.contains("expected `key = value`"))
    #expect(theme.roles[.done] == nil)
    #expect(theme.colors(.done) == Theme.builtIn.roles[.done])
    #expect(theme.colors(.title) == RoleColors(foreground: .rgb(0xAB, 0xCD, 0xEF)))
    #expect(theme.complete.count == StyleRole.allCases.count)
  }

  @Test func garbageNeverCrashes() {
    let inputs = [
      "", "=", "= =", "#", "name =", "\u{0}\u{1B}[0m = #fff", String(repeating: "x = ", count: 100),
      "done = on on on",
    ]
    for input in inputs {
      let (theme, _) = ThemeParser.parse(input, file: "g.theme", defaultName: "g")
      #expect(theme.complete.count == StyleRole.allCases.count)
    }
  }

  @Test func shippedThemesParseCleanlyAndSetEveryRole() throws {
    let names = ["default-dark", "light", "high-contrast", "okabe-ito", "monochrome"]
    var files: [(file: String, text: String)] = []
    for name in names {
      let path = PackagePaths.themes + "/" + name + ".theme"
      let text = try #require(PackagePaths.text(path), "missing \(path)")
      files.append((path, text))
    }
    let set = ThemeSet(files: files)
    #expect(set.warnings.isEmpty, "\(set.warnings)")
    #expect(set.names == names)
    for theme in set.themes {
      #expect(Set(theme.roles.keys) == Set(StyleRole.allCases), "\(theme.name)")
    }
    // The built-in fallback is the shipped default-dark.
    #expect(set.theme(named: "default-dark").roles == Theme.builtIn.roles)
    #expect(set.theme(named: "nope").name == "default-dark")
    // Monochrome uses no colour at all.
    for colors in set.theme(named: "monochrome").roles.values {
      #expect(colors.foreground == .terminalDefault && colors.background == .terminalDefault)
    }
  }
}
