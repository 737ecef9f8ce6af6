import ArgumentParser
import PlanModel
import ProgressStore

/// `plandash report [--region ID] [--unit NAME] [--as-of YEAR] --format text|markdown|csv|json`:
/// counts by status, every target's assessment with its figures, and the overdue and
/// behind-schedule measures by unit — the summary a 督查 meeting needs.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Assess every target as of a year and list late measures by unit.",
    discussion: "The method is described in docs/assessment.md.")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text
    case markdown
    case csv
    case json
  }

  @Option(help: ArgumentHelp("Only this region.", valueName: "id"))
  var region: String?

  @Option(
    help: ArgumentHelp(
      "Only the measures this unit leads or is responsible for (牵头单位/责任单位; a part of the name is enough), and the targets tied to them.",
      valueName: "name"))
  var unit: String?

  @Option(help: "text, markdown, csv (UTF-8 with BOM, for Excel and WPS) or json.")
  var format: Format = .text

  @OptionGroup var asOfOptions: AsOfOptions
  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions

  func run() throws {
    let asOf = try asOfOptions.year()
    let (catalog, _) = try plansOptions.loadCatalog()
    try PlansOptions.requireRegion(region, in: catalog)
    try PlansOptions.requireUnit(unit, in: catalog, region: region)
    let snapshot = try storeOptions.existingSnapshot() ?? ProgressSnapshot()
    StandardStreams.out(
      try Self.render(
        ProgressReport(
          catalog: catalog, snapshot: snapshot, asOf: asOf, region: region, unit: unit),
        format: format))
  }

  static func render(_ report: ProgressReport, format: Format) throws -> String {
    switch format {
    case .text: TextReportFormatter.render(report)
    case .markdown: MarkdownReportFormatter.render(report)
    case .csv: CSVReportFormatter.render(report)
    case .json: try JSONReportFormatter.render(report)
    }
  }
}
