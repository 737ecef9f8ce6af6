/// `:export docx|xlsx`: the reducer never writes a file. It leaves a `ReportExportRequest`
/// in `DashboardState.pendingExport`; `DashboardEngine` hands it to the exporter the CLI
/// injected (which owns the report code and the file system) and feeds the outcome back as
/// `Action.reportExported`, which the reducer turns into the status line.
public struct ReportExportRequest: Hashable, Sendable {
  public enum Format: String, CaseIterable, Hashable, Sendable {
    case docx
    case xlsx
  }

  public var format: Format
  /// The region shown: its report is written.
  public var regionID: String
  /// The dashboard's current year: the report is made as of it.
  public var asOf: Int
  public var language: Language

  public init(format: Format, regionID: String, asOf: Int, language: Language) {
    self.format = format
    self.regionID = regionID
    self.asOf = asOf
    self.language = language
  }
}

/// What became of an export: the file written, or why none was (one line, in the
/// request's language).
public enum ReportExportOutcome: Hashable, Sendable {
  case written(path: String)
  case failed(String)
}
