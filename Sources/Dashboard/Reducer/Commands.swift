import PlanModel

/// The `:` commands: `region`, `status`, `unit`, `theme`, `lang`, `clear`, `q`.
enum Commands {
  static func run(_ line: String, _ state: inout DashboardState, _ data: DashboardData)
    -> [ProgressChange]
  {
    let lang = state.language
    var words = line.split(separator: " ", maxSplits: 1).map(String.init)
    guard !words.isEmpty else { return [] }
    if words[0].hasPrefix(":") { words[0].removeFirst() }
    let name = words[0].lowercased()
    let argument = words.count > 1 ? words[1].trimmingSpaces : ""
    switch name {
    case "q", "quit", "exit":
      state.quitRequested = true
    case "region", "r":
      let ids = RegionsTable.allIDs(state, data)
      let exact = ids.first { id in
        id == argument || data.plan(id)?.region.name == argument
      }
      guard
        let id = exact
          ?? ids.first(where: { FilterMatch.matches(argument, RegionsTable.searchFields($0, data)) }
          )
      else {
        state.message = StatusMessage(UIText.noRegionMatch(lang) + ": " + argument, kind: .error)
        return []
      }
      state[pane: .regions].filter = ""
      state[pane: .regions].sortColumn = nil
      state[pane: .regions].selection = ids.firstIndex(of: id) ?? 0
      Viewport.selectRegion(&state, id)
      state.stack.removeAll()
      state.message = StatusMessage(UIText.regionSet(lang) + ": " + data.name(of: id))
    case "status", "s":
      guard let status = parseStatus(argument) else {
        state.message = StatusMessage(UIText.badStatus(lang), kind: .error)
        return []
      }
      state.statusFilter = status
      state[pane: .measures].selection = 0
      Reducer.focus(&state, .measures)
      state.message = StatusMessage(
        status.map { UIText.statusFilterSet(lang) + ": " + Format.statusWord($0, lang) }
          ?? UIText.filtersCleared(lang))
    case "unit", "u":
      state.unitFilter = argument.isEmpty ? nil : argument
      state[pane: .measures].selection = 0
      Reducer.focus(&state, .measures)
      state.message = StatusMessage(
        argument.isEmpty
          ? UIText.filtersCleared(lang) : UIText.unitFilterSet(lang) + ": " + argument)
    case "theme":
      guard state.themeNames.contains(argument) else {
        let known = state.themeNames.joined(separator: ", ")
        state.message = StatusMessage(
          UIText.unknownTheme(lang) + ": " + argument + " (" + known + ")", kind: .error)
        return []
      }
      state.themeName = argument
      state.message = StatusMessage(UIText.themeSet(lang) + ": " + argument)
    case "lang", "language":
      guard let language = Language(rawValue: argument.lowercased()) else {
        state.message = StatusMessage(
          UIText.unknownLanguage(lang) + ": " + argument + " (:lang zh|en)", kind: .error)
        return []
      }
      state.language = language
      state.message = StatusMessage(UIText.languageSet(language))
    case "clear", "nofilter":
      state.statusFilter = nil
      state.unitFilter = nil
      state.measuresAllRegions = false
      for pane in PaneID.allCases { state[pane: pane].filter = "" }
      state.message = StatusMessage(UIText.filtersCleared(lang))
    case "help":
      state.mode = .help(scroll: 0)
    default:
      state.message = StatusMessage(UIText.unknownCommand(lang) + ": " + line, kind: .error)
    }
    return []
  }

  /// `todo`, `doing`/`in-progress`, `done`, `blocked`, their Chinese words, or `all` (nil).
  static func parseStatus(_ text: String) -> MeasureStatus?? {
    switch text.lowercased() {
    case "all", "any", "", "全部": return .some(nil)
    case "todo", "待办", "未开始": return .some(.todo)
    case "doing", "in-progress", "inprogress", "progress", "进行中": return .some(.inProgress)
    case "done", "完成", "已完成": return .some(.done)
    case "blocked", "受阻", "阻塞": return .some(.blocked)
    default: return nil
    }
  }
}
