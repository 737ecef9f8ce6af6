import Testing

@testable import Dashboard

@Suite struct LanguageTests {
  @Test func chineseUnlessTheLocaleNamesEnglish() {
    #expect(Language.fromEnvironment(["LANG": "C.UTF-8"]) == .zh)
    #expect(Language.fromEnvironment(["LANG": "POSIX"]) == .zh)
    #expect(Language.fromEnvironment(["LANG": "C"]) == .zh)
    #expect(Language.fromEnvironment([:]) == .zh)
    #expect(Language.fromEnvironment(["LANG": ""]) == .zh)
    #expect(Language.fromEnvironment(["LANG": "zh_CN.UTF-8"]) == .zh)
    #expect(Language.fromEnvironment(["LANG": "zh_CN"]) == .zh)
    #expect(Language.fromEnvironment(["LANG": "en_US.UTF-8"]) == .en)
    #expect(Language.fromEnvironment(["LANG": "en_GB"]) == .en)
    #expect(Language.fromEnvironment(["LANG": "en"]) == .en)
    // Not English: a locale that only starts with the letters "en".
    #expect(Language.fromEnvironment(["LANG": "enx_XX"]) == .zh)
  }

  @Test func localeVariablesCountInPosixOrder() {
    #expect(Language.fromEnvironment(["LANG": "en_US.UTF-8", "LC_ALL": "C.UTF-8"]) == .zh)
    #expect(Language.fromEnvironment(["LANG": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"]) == .en)
    #expect(Language.fromEnvironment(["LANG": "C.UTF-8", "LC_MESSAGES": "en_US.UTF-8"]) == .en)
    #expect(
      Language.fromEnvironment(["LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"]) == .zh)
    // An empty variable does not count.
    #expect(Language.fromEnvironment(["LC_ALL": "", "LANG": "en_US.UTF-8"]) == .en)
  }

  @Test func aChosenOrSavedLanguageOutranksTheLocale() {
    let english = ["LANG": "en_US.UTF-8"]
    #expect(Language.detect(chosen: .zh, saved: .en, environment: english) == .zh)
    #expect(Language.detect(saved: .zh, environment: english) == .zh)
    #expect(Language.detect(chosen: .en, environment: [:]) == .en)
    #expect(Language.detect(saved: .en, environment: ["LANG": "C.UTF-8"]) == .en)
    #expect(Language.detect(environment: english) == .en)
    #expect(Language.detect(environment: [:]) == .zh)
  }

  @Test func anUnknownLanguageIsRefusedInTheUsersLanguage() {
    let (engine, _) = Fixtures.engine(options: DashboardOptions(language: .zh))
    let screen = Fixtures.type(engine, ": lang Space fr Enter")
    #expect(engine.state.language == .zh)
    #expect(screen.contains { $0.contains("未知语言：fr（:lang zh|en）") })
  }
}
