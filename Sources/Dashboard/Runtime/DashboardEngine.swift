import PlanModel

/// The dashboard's runtime: it holds state and data, turns events into actions (through
/// `KeyTable`), runs the `Reducer`, hands the `ProgressChange`s it asks for to the
/// `ProgressBackend` and gives the outcomes back to the reducer as actions (it never writes
/// the state or the data itself), and draws with `DashboardView`. The terminal drives it as
/// a `TerminalApp`; `HeadlessRender` drives it for `plandash render`.
public final class DashboardEngine {
  public private(set) var state: DashboardState
  public private(set) var data: DashboardData
  public let backend: any ProgressBackend
  public private(set) var themes: ThemeSet
  /// False under `NO_COLOR`: every role gets attributes only.
  public var useColor: Bool {
    didSet { roleColorCache = nil }
  }
  public private(set) var cursor: CursorPosition?
  private var lastToken: Int64?
  /// The role colours of the theme last drawn, by theme name ("" without colour).
  private var roleColorCache: (key: String, colors: [StyleRole: RoleColors])?

  public init(
    catalog: Catalog, backend: any ProgressBackend, options: DashboardOptions, themes: ThemeSet,
    useColor: Bool = true
  ) {
    self.backend = backend
    self.themes = themes
    self.useColor = useColor
    var snapshot = ProgressSnapshot()
    var message: StatusMessage?
    do {
      snapshot = try backend.snapshot()
      lastToken = try backend.changeToken()
    } catch {
      message = StatusMessage(UserFacing.text(of: error, options.language), kind: .error)
    }
    data = DashboardData(catalog: catalog, snapshot: snapshot)
    let first = catalog.regionIDs.first
    var options = options
    if let id = options.regionID, catalog.plan(forRegion: id) == nil { options.regionID = nil }
    if !themes.names.contains(options.themeName) { options.themeName = themes.names[0] }
    state = DashboardState(options: options, themeNames: themes.names, firstRegionID: first)
    if let region = state.regionID, let index = catalog.planIndex(forRegion: region) {
      state[pane: .regions].selection = index
    }
    if message == nil, let warning = themes.warnings.first {
      // The file by its name (the full path is on standard error), and the count of the
      // others kept whole however narrow the status line.
      let name = warning.file.split(separator: "/").last.map(String.init) ?? warning.file
      let more = themes.warnings.count - 1
      message = StatusMessage(
        "\(name):\(warning.line): \(warning.message(options.language))",
        tail: more > 0 ? UIText.moreProblems(more)(options.language) : "", kind: .warning)
    }
    state.message = message
    Viewport.toTop(&state, .measures, data)
    Viewport.normalise(&state, data)
  }

  /// Asked on every tick for changed plans (the CLI watches the plan files); a non-nil
  /// reload goes to the reducer, so edits to plan files show within a tick or two (or, when
  /// the files have problems, the status line says so and the plans shown stay).
  public var pollPlans: (() -> PlanReload?)?

  /// Writes a report file for `:export` (the CLI owns the report code and the files); nil
  /// where no file may be written (`plandash render`).
  public var exportReport: ((ReportExportRequest, DashboardData) -> ReportExportOutcome)?

  /// Handles one event; returns false once the user has asked to quit.
  @discardableResult
  public func handle(_ event: InputEvent) -> Bool {
    switch event {
    case .key(let key):
      if let action = KeyTable.action(for: key, in: state, data: data) {
        perform(action)
      }
    case .resize(let width, let height):
      perform(.resize(width: width, height: height))
    case .tick:
      if let reload = pollPlans?() { perform(.reloadPlans(reload)) }
      refreshIfChanged()
    }
    return !state.quitRequested
  }

  /// The key path after the key table: the reducer changes the state and asks for store
  /// changes; the engine applies them and gives what came of them back to the reducer as
  /// one action, so the page the frame shows is built once, for the state after both.
  public func perform(_ action: Action) {
    let changes = reduce(action)
    var results = changes.flatMap(store)
    if action == .startFilter, case .filter(_, .pane) = state.mode {
      PaneRows.prepareSearch(state.focus, state, data)
    }
    // Histories are read from the store only when a change was made or the measure pages
    // on the stack changed — not on every key.
    if let histories = readHistories(force: !changes.isEmpty) {
      results.append(.historiesLoaded(histories))
    }
    if !results.isEmpty { _ = reduce(.effectResults(results)) }
    // `:export`: the reducer left a request; the CLI's exporter writes the file and what came
    // of it goes back to the reducer, which clears the request.
    if let request = state.pendingExport {
      let outcome =
        exportReport?(request, data) ?? .failed(UIText.exportUnavailable(request.language))
      perform(.reportExported(outcome))
    }
  }

  private func reduce(_ action: Action) -> [ProgressChange] {
    Reducer.reduce(&state, action, data: &data)
  }

  /// Hands one change to the store: the progress after it, or the error.
  private func store(_ change: ProgressChange) -> [EffectResult] {
    let snapshot: ProgressSnapshot
    do {
      snapshot = try backend.apply(change)
    } catch {
      return [.failed(UserFacing.text(of: error, state.language))]
    }
    let items = change == .undo || change == .redo ? backend.itemsChangedLast() : []
    let replaced = backend.replacedLast()
    let stored: [EffectResult] =
      [.stored(change, snapshot: snapshot, changedItems: items)]
      + (replaced.isEmpty ? [] : [.replacedOthers(replaced)])
    do {
      lastToken = try backend.changeToken()
    } catch {
      return stored + [.failed(UserFacing.text(of: error, state.language))]
    }
    return stored
  }

  /// Reloads progress when another process (or the store) changed it since we last looked.
  public func refreshIfChanged() {
    do {
      let token = try backend.changeToken()
      guard token != lastToken else { return }
      lastToken = token
      var results: [EffectResult] = [.progressChanged(try backend.snapshot())]
      if let histories = readHistories(force: true) {
        results.append(.historiesLoaded(histories))
      }
      _ = reduce(.effectResults(results))
    } catch {
      _ = reduce(.effectResults([.failed(UserFacing.text(of: error, state.language))]))
    }
  }

  /// Replaces the theme files.
  public func reload(themes: ThemeSet) {
    self.themes = themes
    roleColorCache = nil
    _ = reduce(.reloadThemes(themes.names))
  }

  /// The histories of the measures whose pages are open, when those pages changed or
  /// `force`; nil when there is nothing new to read.
  private func readHistories(force: Bool) -> [String: [ProgressHistoryEntry]]? {
    var ids = Set<String>()
    for detail in state.stack {
      if case .measure(let id) = detail.route { ids.insert(id) }
    }
    guard force || ids != Set(data.histories.keys) else { return nil }
    var histories: [String: [ProgressHistoryEntry]] = [:]
    for id in ids { histories[id] = (try? backend.history(of: id)) ?? [] }
    return histories
  }

  public func draw(into buffer: inout CellBuffer) {
    if buffer.width != state.width || buffer.height != state.height {
      perform(.resize(width: buffer.width, height: buffer.height))
    }
    cursor = DashboardView.draw(state, data, into: &buffer)
  }

  /// The current theme's colours for every role (attributes only without colour); worked
  /// out once per theme, not on every frame.
  public var roleColors: [StyleRole: RoleColors] {
    let key = useColor ? state.themeName : ""
    if let cached = roleColorCache, cached.key == key { return cached.colors }
    let colors = useColor ? themes.theme(named: state.themeName).complete : Theme.noColor.complete
    roleColorCache = (key, colors)
    return colors
  }
}

/// The terminal drives the engine itself: `TerminalRunner().run(engine)`.
extension DashboardEngine: @MainActor TerminalApp {
  /// Ctrl-C quits like `q` in every mode, whether it comes as SIGINT or as the key 0x03.
  public var takesInterruptAsKey: Bool { true }
}
