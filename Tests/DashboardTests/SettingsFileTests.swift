import Testing

@testable import Dashboard

@Suite struct SettingsFileTests {
  @Test func roundTripsWhatTheDashboardRemembers() {
    let options = DashboardOptions(
      language: .en, ascii: true, cjkWide: false, themeName: "okabe-ito", regionID: "hechuan",
      focus: .landEnergy)
    let text = SettingsFile(remembering: options).text
    #expect(text.contains("pane = land-energy"))
    let (settings, warnings) = SettingsFile.parse(text, file: "settings")
    #expect(warnings.isEmpty)
    var restored = DashboardOptions()
    settings.apply(to: &restored)
    #expect(restored.language == .en && restored.ascii && !restored.cjkWide)
    #expect(restored.themeName == "okabe-ito" && restored.regionID == "hechuan")
    #expect(restored.focus == .landEnergy)
  }

  @Test func badLinesWarnWithFileAndLineAndAreIgnored() {
    let text = """
      # comment
      theme = light
      lang = fr
      ascii = yes
      pane = 7
      colour = red
      nonsense
      pane = 5   # by number
      """
    let (settings, warnings) = SettingsFile.parse(text, file: "/home/u/.config/plandash/settings")
    #expect(warnings.map(\.line) == [3, 4, 5, 6, 7])
    #expect(
      warnings[0].description
        == "/home/u/.config/plandash/settings:3: lang must be zh or en, found `fr`")
    #expect(settings.theme == "light")
    #expect(settings.language == nil && settings.ascii == nil)
    #expect(settings.pane == .measures)
  }
}

@Suite struct LanguageTests {
  @Test func languageFollowsTheLocaleVariablesInPosixOrder() {
    #expect(Language.fromEnvironment(["LANG": "zh_CN.UTF-8"]) == .zh)
    #expect(Language.fromEnvironment(["LANG": "en_US.UTF-8"]) == .en)
    #expect(Language.fromEnvironment([:]) == .en)
    #expect(Language.fromEnvironment(["LANG": "zh_CN.UTF-8", "LC_ALL": "C"]) == .en)
    #expect(Language.fromEnvironment(["LANG": "C.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"]) == .zh)
    #expect(Language.fromEnvironment(["LC_ALL": "", "LANG": "zh_CN"]) == .zh)
  }
}
