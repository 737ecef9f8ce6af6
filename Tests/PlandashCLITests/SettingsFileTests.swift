import Dashboard
import Foundation
import Testing

@testable import PlandashCLI

@Suite struct SettingsFileTests {
  @Test func readsEveryKey() {
    let text = """
      # comment
      theme = okabe-ito
      ascii = true
      cjk-wide = false   # trailing comment
      language = zh
      region = hechuan
      pane = land-energy
      """
    let (settings, warnings) = SettingsFile.parse(text, path: "config")
    #expect(warnings.isEmpty)
    #expect(
      settings
        == SettingsFile(
          theme: "okabe-ito", ascii: true, cjkWide: false, language: "zh", region: "hechuan",
          pane: "land-energy"))
  }

  @Test func badLinesWarnWithFileAndLineAndAreSkipped() {
    let text = "theme = light\nascii = maybe\nno equals here\ncolour = red\nlanguage = fr\n"
    let (settings, localized) = SettingsFile.parse(text, path: "/x/config")
    let warnings = localized.map(\.en)
    #expect(settings.theme == "light")
    #expect(settings.ascii == nil)
    #expect(settings.language == nil)
    #expect(warnings.count == 4)
    #expect(warnings[0].hasPrefix("/x/config:2: ") && warnings[0].contains("ascii"))
    #expect(warnings[1].hasPrefix("/x/config:3: "))
    #expect(warnings[2].hasPrefix("/x/config:4: ") && warnings[2].contains("colour"))
    #expect(warnings[3].hasPrefix("/x/config:5: ") && warnings[3].contains("fr"))
  }

  @Test func writtenTextReadsBackTheSame() throws {
    let settings = SettingsFile(
      theme: "light", ascii: false, cjkWide: true, language: nil, region: "bazhong",
      pane: "measures")
    let (back, warnings) = SettingsFile.parse(settings.text, path: "config")
    #expect(warnings.isEmpty)
    #expect(back == settings)
  }

  @Test func unreadableOrMissingFilesFallBack() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "plandash-settings-" + UUID().uuidString)
    defer { try? FileManager.default.removeItem(at: folder) }
    let missing = SettingsFile.read(from: folder.appendingPathComponent("config"))
    #expect(missing.settings == SettingsFile() && missing.warnings.isEmpty)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let binary = folder.appendingPathComponent("config")
    try Data([0xFF, 0xFE, 0x00, 0x74]).write(to: binary)
    let damaged = SettingsFile.read(from: binary)
    #expect(damaged.settings == SettingsFile())
    #expect(damaged.warnings.count == 1 && damaged.warnings[0].en.contains("not UTF-8"))
  }

  @Test func flagsBeatEnvironmentBeatFile() throws {
    let file = SettingsFile(theme: "light", ascii: true, cjkWide: nil, language: "en")
    let names = ["default-dark", "light", "okabe-ito"]
    let fromFile = try DisplaySettings.resolve(
      flags: .init(), file: file, environment: ["LANG": "zh_CN.UTF-8"], themeNames: names,
      currentYear: 2026)
    #expect(fromFile.options.themeName == "light")
    #expect(fromFile.options.ascii)
    #expect(fromFile.options.language == .en)
    #expect(fromFile.languageChosen)

    let fromEnvironment = try DisplaySettings.resolve(
      flags: .init(), file: SettingsFile(),
      environment: ["PLANDASH_THEME": "okabe-ito", "LANG": "zh_CN.UTF-8"],
      themeNames: names, currentYear: 2026)
    #expect(fromEnvironment.options.themeName == "okabe-ito")
    #expect(fromEnvironment.options.language == .zh)
    #expect(!fromEnvironment.languageChosen)

    let fromFlags = try DisplaySettings.resolve(
      flags: .init(theme: "default-dark", ascii: false, cjkWide: true, language: .zh), file: file,
      environment: ["PLANDASH_THEME": "okabe-ito"], themeNames: names, currentYear: 2026)
    #expect(fromFlags.options.themeName == "default-dark")
    #expect(!fromFlags.options.ascii)
    #expect(fromFlags.options.cjkWide)
    #expect(fromFlags.options.language == .zh)
  }

  @Test func unknownThemeFlagIsAnErrorButAStaleFileThemeOnlyWarns() throws {
    #expect(throws: CLIError.self) {
      try DisplaySettings.resolve(
        flags: .init(theme: "nope"), file: SettingsFile(), environment: [:],
        themeNames: ["default-dark"], currentYear: 2026)
    }
    let stale = try DisplaySettings.resolve(
      flags: .init(), file: SettingsFile(theme: "gone", pane: "sideways"), environment: [:],
      themeNames: ["default-dark"], currentYear: 2026)
    #expect(stale.options.themeName == "default-dark")
    #expect(stale.warnings.count == 2)
  }

  @Test func onlyAChosenLanguageIsPersisted() {
    let start = DashboardOptions(language: .en, themeName: "light", regionID: "hechuan")
    var end = start
    end.focus = .measures
    let followed = DisplaySettings.persisted(end, languageChosen: false, startedWith: start)
    #expect(followed.language == nil)
    #expect(followed.pane == "measures")
    #expect(followed.region == "hechuan")
    end.language = .zh  // switched with L in the dashboard
    #expect(
      DisplaySettings.persisted(end, languageChosen: false, startedWith: start).language == "zh")
  }
}
