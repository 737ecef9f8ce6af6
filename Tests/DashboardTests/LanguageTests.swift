import Testing

@testable import Dashboard

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
