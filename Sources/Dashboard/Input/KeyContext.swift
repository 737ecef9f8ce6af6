/// Where a key binding applies. The help screen groups bindings by it.
public enum KeyContext: Int, CaseIterable, Hashable, Sendable {
  /// Anywhere while browsing (panes or detail pages).
  case browsing
  /// The five list panes.
  case lists
  /// A measure is selected (Measures pane or a measure line in a detail page).
  case measures
  /// The Measures pane only.
  case measuresPane
  /// A target, indicator or ladder tier is selected.
  case figures
  /// A detail page.
  case detail
  /// Typing in the filter, a note or a form field.
  case editor
  /// Typing a `:` command.
  case commandLine
  /// The actual form.
  case form
  /// The help screen.
  case help

  var title: Localized {
    switch self {
    case .browsing: Localized(zh: "通用", en: "Everywhere")
    case .lists: Localized(zh: "列表窗格", en: "Lists")
    case .measures: Localized(zh: "措施", en: "Measures")
    case .measuresPane: Localized(zh: "措施窗格", en: "Measures pane")
    case .figures: Localized(zh: "目标、指标、梯级与集群规模", en: "Targets, indicators, tiers, cluster scales")
    case .detail: Localized(zh: "详情页", en: "Detail pages")
    case .editor: Localized(zh: "输入时", en: "While typing")
    case .commandLine: Localized(zh: "命令行", en: "Command line")
    case .form: Localized(zh: "录入表单", en: "Actual form")
    case .help: Localized(zh: "帮助页", en: "Help screen")
    }
  }
}
