import PlanModel

/// Everything the dashboard shows that is not plan data or recorded progress: which region,
/// which pane, where each list stands, the drill-down stack, the editors, the theme.
/// Only `Reducer` changes it; views only read it.
public struct DashboardState: Hashable, Sendable {
  /// The region chosen in pane 1; the other panes follow it.
  public var regionID: String?
  public var focus: PaneID = .regions
  /// The pane shown beside Regions in the two-column layout (the last other pane focused).
  public var sidePane: PaneID = .clusters
  public var panes: [PaneID: PaneState] = Dictionary(
    uniqueKeysWithValues: PaneID.allCases.map { ($0, PaneState()) })
  /// Drill-down pages, innermost last; empty when the panes are shown.
  public var stack: [DetailState] = []
  public var mode: InputMode = .normal
  /// The `/` filter over the `?` help's lines (cleared when help closes).
  public var helpFilter: String = ""
  /// Commands run with `:`, oldest first.
  public var commandHistory: [String] = []
  /// Where Up/Down stands in the history while editing a command; nil when not browsing it.
  public var historyIndex: Int?
  /// `d` pressed once on a year's actual: the figure a second `d` deletes. Any other key
  /// clears it, so no single stray key deletes a record.
  public var pendingDeletion: Actual?
  /// Measures selected with `v` for one change.
  public var marked: Set<String> = []
  /// The Measures outline's closed headings (their `HeadingRow` ids), by region: every
  /// heading is open until closed (Enter, Left, `z`).
  public var closedHeadings: [String: Set<String>] = [:]
  /// `A`: the Measures pane lists every loaded region.
  public var measuresAllRegions = false
  /// `:status NAME`: only measures with this status.
  public var statusFilter: MeasureStatus?
  /// `:unit NAME` / `:lead NAME`: only measures of these units.
  public var unitFilter: UnitFilter?
  public var themeName: String
  /// The themes available, in `t` order.
  public var themeNames: [String]
  public var language: Language
  public var ascii: Bool
  public var cjkWide: Bool
  public var width: Int = 80
  public var height: Int = 24
  public var currentYear: Int
  public var message: StatusMessage?
  public var quitRequested = false
  /// `:export`: the report file the engine is to have written (then cleared); see
  /// `ReportExportRequest`.
  public var pendingExport: ReportExportRequest?
  /// `plandash demo`: the figures are invented, and the screen says so.
  public var demo = false
  /// Opened on the last progress seen because the team store cannot be reached: read-only,
  /// with a banner.
  public var offline: OfflineNotice?
  /// A team store's monthly reporting period, for the measures' colours and the Units page.
  public var reporting: ReportingCycle?

  public init(options: DashboardOptions, themeNames: [String], firstRegionID: String?) {
    themeName = options.themeName
    self.themeNames = themeNames
    language = options.language
    ascii = options.ascii
    cjkWide = options.cjkWide
    currentYear = options.currentYear
    regionID = options.regionID ?? firstRegionID
    focus = options.focus
    demo = options.demo
    offline = options.offline
    reporting = options.reporting
    if focus != .regions { sidePane = focus }
  }

  /// What to remember for the next start (theme, language, borders, last view): the CLI
  /// writes it to the config file and passes it back as the options.
  public var optionsToPersist: DashboardOptions {
    DashboardOptions(
      language: language, ascii: ascii, cjkWide: cjkWide, themeName: themeName,
      currentYear: currentYear, regionID: regionID, focus: focus)
  }

  /// The drawing characters for the current flags.
  public var glyphs: GlyphSet { GlyphSet.forFlags(ascii: ascii, cjkWide: cjkWide) }

  public subscript(pane id: PaneID) -> PaneState {
    get { panes[id] ?? PaneState() }
    set { panes[id] = newValue }
  }
}
