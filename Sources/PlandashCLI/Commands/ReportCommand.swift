import ArgumentParser
import Dashboard
import PlanModel
import ProgressStore

/// `plandash report [--region ID|名称|pinyin] [--unit NAME] [--as-of YEAR] [--lang zh|en]
/// --format text|markdown|csv|json`: counts by status, every target's assessment with its
/// figures and base, every measure once with its units and latest note, and each unit's
/// counts — the summary a 督查 meeting needs.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Assess every target as of a year; list every measure once, late ones first.",
    discussion: "The method is described in docs/assessment.md.")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text
    case markdown
    case csv
    case json
  }

  @Option(
    help: ArgumentHelp(
      "Only this region: its id, its name (合川区 or 合川) or pinyin (hechuan, hc).",
      valueName: "region"))
  var region: String?

  @Option(
    help: ArgumentHelp(
      "Only the measures this unit leads or is responsible for (牵头单位/责任单位; a part of the name is enough), and the targets tied to them.",
      valueName: "name"))
  var unit: String?

  @Option(help: "text, markdown, csv (UTF-8 with BOM, for Excel and WPS) or json.")
  var format: Format = .text

  @OptionGroup var languageOption: LanguageOption
  @OptionGroup var asOfOptions: AsOfOptions
  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions

  func run() throws {
    let lang = try languageOption.resolve()
    let asOf = try asOfOptions.year()
    let (catalog, _) = try storeOptions.loadCatalog(plansOptions)
    let regionID = try RegionArgument.resolve(region, in: catalog, lang)?.id
    try PlansOptions.requireUnit(unit, in: catalog, region: regionID, lang)
    let store = try storeOptions.openExisting()
    let (snapshot, history) = try storeFailures {
      (try store?.snapshot() ?? ProgressSnapshot(), try store?.history() ?? [])
    }
    let report = ProgressReport(
      catalog: catalog, snapshot: snapshot, asOf: asOf, region: regionID, unit: unit,
      notes: MeasureNotes.latest(snapshot: snapshot, history: history))
    StandardStreams.out(try Self.render(report, format: format, lang))
  }

  static func render(_ report: ProgressReport, format: Format, _ lang: Language) throws -> String {
    switch format {
    case .text: TextReportFormatter.render(report, lang)
    case .markdown: MarkdownReportFormatter.render(report, lang)
    case .csv: CSVReportFormatter.render(report, lang)
    case .json: try JSONReportFormatter.render(report, lang)
    }
  }
}
