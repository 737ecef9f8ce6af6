import PlanModel

/// The `:` commands, as `table` lists them: `region`, `status`, `unit`, `lead`, `theme`,
/// `lang`, `clear`, `help`, `q`.
enum Commands {
  static let table: [CommandSpec] = [
    CommandSpec(
      kind: .region, names: ["region", "r"], argument: "NAME",
      description: Localized(
        zh: "转到地区（名称、编号或拼音全拼/首字母）", en: "go to a region (name, id, or pinyin in full or initials)")),
    CommandSpec(
      kind: .status, names: ["status", "s"], argument: "todo|doing|done|blocked|all",
      description: Localized(zh: "按状态筛选措施", en: "measures with this status")),
    CommandSpec(
      kind: .unit, names: ["unit", "u"], argument: "NAME",
      description: Localized(
        zh: "某单位牵头或参与（责任）的措施（名称或拼音）",
        en: "measures a unit leads or shares (name or pinyin)")),
    CommandSpec(
      kind: .lead, names: ["lead"], argument: "NAME",
      description: Localized(
        zh: "某单位牵头的措施（牵头单位；名称或拼音）", en: "measures a unit leads (lead unit; name or pinyin)")),
    CommandSpec(
      kind: .theme, names: ["theme"], argument: "NAME",
      description: Localized(zh: "换主题", en: "switch theme")),
    CommandSpec(
      kind: .language, names: ["lang", "language"], argument: "zh|en",
      description: Localized(zh: "界面语言", en: "interface language")),
    CommandSpec(
      kind: .export, names: ["export"], argument: "docx|xlsx",
      description: Localized(
        zh: "把本地区的督查报告写成 Word 或 Excel 文件（当前文件夹）",
        en: "write this region's report as a Word or Excel file (current folder)")),
    CommandSpec(
      kind: .clear, names: ["clear", "nofilter"], argument: "",
      description: Localized(zh: "清除所有筛选", en: "clear every filter")),
    CommandSpec(
      kind: .help, names: ["help"], argument: "",
      description: Localized(zh: "帮助", en: "help")),
    CommandSpec(
      kind: .quit, names: ["q", "quit", "exit"], argument: "",
      description: Localized(zh: "退出", en: "quit")),
  ]

  static func run(_ line: String, _ state: inout DashboardState, _ data: DashboardData)
    -> [ProgressChange]
  {
    let lang = state.language
    var words = line.split(separator: " ", maxSplits: 1).map(String.init)
    guard !words.isEmpty else { return [] }
    if words[0].hasPrefix(":") { words[0].removeFirst() }
    let name = words[0].lowercased()
    let argument = words.count > 1 ? words[1].trimmingSpaces : ""
    guard let spec = table.first(where: { $0.names.contains(name) }) else {
      state.message = StatusMessage(UIText.unknownCommand(lang) + ": " + line, kind: .error)
      return []
    }
    switch spec.kind {
    case .quit:
      state.quitRequested = true
    case .region:
      goToRegion(argument, &state, data)
    case .status:
      filterStatus(argument, &state, data)
    case .unit, .lead:
      filterUnit(argument, leadOnly: spec.kind == .lead, &state, data)
    case .theme:
      guard state.themeNames.contains(argument) else {
        let known = state.themeNames.joined(separator: ", ")
        state.message = StatusMessage(
          UIText.unknownTheme(lang) + ": " + argument + " (" + known + ")", kind: .error)
        return []
      }
      state.themeName = argument
      state.message = StatusMessage(UIText.themeSet(lang) + ": " + argument)
    case .language:
      guard let language = Language(rawValue: argument.lowercased()) else {
        state.message = StatusMessage(UIText.unknownLanguage(argument)(lang), kind: .error)
        return []
      }
      state.language = language
      state.message = StatusMessage(UIText.languageSet(language))
    case .clear:
      state.statusFilter = nil
      state.unitFilter = nil
      state.measuresAllRegions = false
      for pane in PaneID.allCases { state[pane: pane].filter = "" }
      state.message = StatusMessage(UIText.filtersCleared(lang))
    case .help:
      state.mode = .help(scroll: 0)
    case .export:
      requestExport(argument, &state)
    }
    return []
  }

  /// `:export docx|xlsx`: asks the engine for the current region's report as a file.
  private static func requestExport(_ argument: String, _ state: inout DashboardState) {
    let lang = state.language
    guard let format = ReportExportRequest.Format(rawValue: argument.lowercased()) else {
      state.message = StatusMessage(UIText.exportUsage(lang), kind: .error)
      return
    }
    guard let region = state.regionID else {
      state.message = StatusMessage(UIText.exportNoRegion(lang), kind: .warning)
      return
    }
    state.pendingExport = ReportExportRequest(
      format: format, regionID: region, asOf: state.currentYear, language: lang)
  }

  /// `:region NAME`: the one region the name means, or a message naming the choices.
  private static func goToRegion(
    _ argument: String, _ state: inout DashboardState, _ data: DashboardData
  ) {
    let lang = state.language
    let ids = RegionsTable.allIDs(state, data)
    let candidates = ids.map { NameLookup.Candidate(name: data.name(of: $0), aliases: [$0]) }
    let names: [String]
    switch NameLookup.find(argument, among: candidates) {
    case .none(let closest):
      state.message = StatusMessage(
        UIText.noRegionMatch(lang) + ": " + argument + closestSuffix(closest, lang), kind: .error)
      return
    case .found(let found, _):
      names = found
    }
    guard names.count == 1, let id = ids.first(where: { data.name(of: $0) == names[0] }) else {
      state.message = StatusMessage(
        UIText.severalRegionsMatch(lang) + ": " + argument + " → " + list(names, lang),
        kind: .error)
      return
    }
    state[pane: .regions].filter = ""
    state[pane: .regions].sortColumn = nil
    state[pane: .regions].selection = ids.firstIndex(of: id) ?? 0
    Viewport.selectRegion(&state, id, data)
    state.stack.removeAll()
    state.message = StatusMessage(UIText.regionSet(lang) + ": " + data.name(of: id))
  }

  private static func filterStatus(
    _ argument: String, _ state: inout DashboardState, _ data: DashboardData
  ) {
    let lang = state.language
    guard let status = parseStatus(argument) else {
      state.message = StatusMessage(UIText.badStatus(lang), kind: .error)
      return
    }
    state.statusFilter = status
    Navigation.focus(&state, .measures)
    Viewport.toTop(&state, .measures, data)
    state.message = StatusMessage(
      status.map { UIText.statusFilterSet(lang) + ": " + Format.statusWord($0, lang) }
        ?? UIText.filtersCleared(lang))
  }

  /// `:unit NAME` (leads or shares) and `:lead NAME` (leads): the units of the Measures
  /// pane's plans the name means — every one it matches the best way any does — or, when it
  /// matches none, the closest names and no change.
  private static func filterUnit(
    _ argument: String, leadOnly: Bool, _ state: inout DashboardState, _ data: DashboardData
  ) {
    let lang = state.language
    guard !argument.isEmpty else {
      state.unitFilter = nil
      state.message = StatusMessage(UIText.filtersCleared(lang))
      return
    }
    let known = unitNames(leadOnly: leadOnly, state, data)
    switch NameLookup.find(argument, among: known.map { NameLookup.Candidate(name: $0) }) {
    case .none(let closest):
      let none = leadOnly ? UIText.noLeadUnitMatch : UIText.noUnitMatch
      state.message = StatusMessage(
        none(lang) + ": " + argument + closestSuffix(closest, lang), kind: .error)
    case .found(let units, _):
      let filter = UnitFilter(units: units, leadOnly: leadOnly)
      state.unitFilter = filter
      Navigation.focus(&state, .measures)
      Viewport.toTop(&state, .measures, data)
      let count = MeasuresTable.itemCount(PaneRows.ids(.measures, state, data), state, data)
      state.message = StatusMessage(
        UIText.unitFilterSet(lang) + ": " + filter.label(lang) + " · "
          + UIText.measureCount(count)(lang))
    }
  }

  /// The 牵头 (and, unless `leadOnly`, 责任) units the Measures pane's plans name, in
  /// pinyin order.
  static func unitNames(leadOnly: Bool, _ state: DashboardState, _ data: DashboardData)
    -> [String]
  {
    let plans =
      state.measuresAllRegions ? data.catalog.plans : data.plan(state.regionID).map { [$0] } ?? []
    var names: Set<String> = []
    for plan in plans {
      for m in plan.measures {
        names.formUnion(m.leadUnits)
        if !leadOnly { names.formUnion(m.responsibleUnits) }
      }
    }
    return names.sorted { PlanTextCollation.reading($0) < PlanTextCollation.reading($1) }
  }

  private static func closestSuffix(_ names: [String], _ lang: Language) -> String {
    names.isEmpty ? "" : " (" + UIText.closest(lang) + ": " + list(names, lang) + ")"
  }

  private static func list(_ names: [String], _ lang: Language) -> String {
    names.joined(separator: lang == .zh ? "、" : ", ")
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
