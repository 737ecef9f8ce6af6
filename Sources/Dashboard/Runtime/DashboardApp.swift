import PlanModel

/// The dashboard as the terminal layer sees it (`TerminalApp`), on the main actor.
@MainActor
public final class DashboardApp: TerminalApp {
  public let engine: DashboardEngine

  public init(
    catalog: Catalog, backend: any ProgressBackend, options: DashboardOptions, themes: ThemeSet,
    useColor: Bool = true
  ) {
    engine = DashboardEngine(
      catalog: catalog, backend: backend, options: options, themes: themes, useColor: useColor)
  }

  public func handle(_ event: InputEvent) -> Bool { engine.handle(event) }
  public func draw(into buffer: inout CellBuffer) { engine.draw(into: &buffer) }
  public var roleColors: [StyleRole: RoleColors] { engine.roleColors }
  public var cursor: CursorPosition? { engine.cursor }
  /// Ctrl-C quits like `q` in every mode, whether it comes as SIGINT or as the key 0x03.
  public var takesInterruptAsKey: Bool { true }
  /// The state to persist on exit (theme, language, borders, last view).
  public var state: DashboardState { engine.state }
}
