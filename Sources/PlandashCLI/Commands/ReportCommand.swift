import ArgumentParser
import Dashboard
import PlanModel
import ProgressStore

/// `plandash report [--region ID|名称|pinyin] [--unit NAME] [--as-of YEAR] [--lang zh|en]
/// --format text|markdown|csv|json`: counts by status, every target's assessment with its
/// figures and base, every measure once with its units and latest note, and each unit's
/// counts — the summary a 督查 meeting needs. `--format docx|xlsx --out F [--force]` writes
/// it as a Word bulletin (公文 layout) or an Excel workbook instead (`Report/Office`).
struct ReportCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Assess every target as of a year; list every measure once, late ones first.",
    discussion: "The method is described in docs/assessment.md.")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text
    case markdown
    case csv
    case json
    case docx
    case xlsx

    /// The Word and Excel formats, written to a file.
    var office: OfficeReportWriter.Format? { OfficeReportWriter.Format(rawValue: rawValue) }
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

  @Option(
    help:
      "text, markdown, csv (UTF-8 with BOM, for Excel and WPS), json, docx (a Word bulletin) or xlsx (an Excel workbook)."
  )
  var format: Format = .text

  @Option(
    name: .customLong("out"),
    help: ArgumentHelp("For docx and xlsx: the file to write.", valueName: "file"))
  var outFile: String?

  @Flag(help: "With --out: replace the file if it exists.")
  var force = false

  @OptionGroup var asOfOptions: AsOfOptions
  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let lang = languageOptions.resolve()
    let file = try outputFile(lang)
    let asOf = try asOfOptions.year()
    let (catalog, _) = try storeOptions.loadCatalog(
      plansOptions, lang, touching: .regionArgument(region))
    let regionID = try RegionArgument.resolve(region, in: catalog)?.id
    try PlansOptions.requireUnit(unit, in: catalog, region: regionID)
    let store = try storeOptions.openExisting(lang)
    let (snapshot, history) = try storeFailures {
      (try store?.snapshot() ?? ProgressSnapshot(), try store?.history() ?? [])
    }
    let report = ProgressReport(
      catalog: catalog, snapshot: snapshot, asOf: asOf, region: regionID, unit: unit,
      notes: MeasureNotes.latest(snapshot: snapshot, history: history))
    if let office = format.office, let file {
      let path = try OfficeReportWriter.write(
        office, report, catalog: catalog, snapshot: snapshot, to: file)
      StandardStreams.err(OfficeErrors.wrote(path)(lang) + "\n")
      return
    }
    StandardStreams.out(try Self.render(report, format: format, lang))
  }

  /// The file `--out` names, checked before anything is loaded; nil for the formats that
  /// print to standard output.
  func outputFile(_ lang: Language) throws -> OfficeFile? {
    guard format.office != nil else {
      if outFile != nil { throw CLIError(OfficeErrors.outOnlyForOffice(format.rawValue)) }
      return nil
    }
    guard let outFile, !outFile.isEmpty else {
      throw CLIError(OfficeErrors.needsOut(format.rawValue))
    }
    let file = OfficeFile(outFile, existing: force ? .replace : .refuse, lang)
    try file.check()
    return file
  }

  static func render(_ report: ProgressReport, format: Format, _ lang: Language) throws -> String {
    switch format {
    case .text: TextReportFormatter.render(report, lang)
    case .markdown: MarkdownReportFormatter.render(report, lang)
    case .csv: CSVReportFormatter.render(report, lang)
    case .json: try JSONReportFormatter.render(report, lang)
    case .docx, .xlsx: throw CLIError(OfficeErrors.needsOut(format.rawValue))
    }
  }
}
