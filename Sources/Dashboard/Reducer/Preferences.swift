/// `t` and `L`: the next theme, the other language (both remembered for the next start).
enum Preferences {
  static func reduce(_ state: inout DashboardState, _ action: Action) {
    let lang = state.language
    switch action {
    case .cycleTheme:
      if let i = state.themeNames.firstIndex(of: state.themeName) {
        state.themeName = state.themeNames[(i + 1) % state.themeNames.count]
      } else if let first = state.themeNames.first {
        state.themeName = first
      }
      state.message = StatusMessage(UIText.themeSet(lang) + ": " + state.themeName)
    case .toggleLanguage:
      state.language = lang == .zh ? .en : .zh
      state.message = StatusMessage(UIText.languageSet(state.language))
    default:
      break
    }
  }
}
