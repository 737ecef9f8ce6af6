import PlanModel

/// How the dashboard starts: language, borders, theme. Filled by the CLI from flags, the
/// environment and the config file.
public struct DashboardOptions: Hashable, Sendable {
  public var language: Language
  /// `--ascii`: plain-ASCII borders and bars.
  public var ascii: Bool
  /// `--cjk-wide`: no East Asian ambiguous-width character anywhere on screen.
  public var cjkWide: Bool
  /// The theme to start with.
  public var themeName: String
  /// The year "now" is, for due dates and the default year of new actuals.
  public var currentYear: Int
  /// The region to open on, by id, if any.
  public var regionID: String?
  /// The pane to open on (the last view, from the config file).
  public var focus: PaneID
  /// The demo (`plandash demo`): the header says the figures are invented. Never persisted.
  public var demo = false
  /// The team store could not be reached: read-only on the last progress seen. Never persisted.
  public var offline: OfflineNotice?
  /// A team store's reporting period as of today (measure colours, Units page). Never persisted.
  public var reporting: ReportingCycle?

  public init(
    language: Language = .zh, ascii: Bool = false, cjkWide: Bool = false,
    themeName: String = "default-dark", currentYear: Int = 2025, regionID: String? = nil,
    focus: PaneID = .regions
  ) {
    self.language = language
    self.ascii = ascii
    self.cjkWide = cjkWide
    self.themeName = themeName
    self.currentYear = currentYear
    self.regionID = regionID
    self.focus = focus
  }
}
