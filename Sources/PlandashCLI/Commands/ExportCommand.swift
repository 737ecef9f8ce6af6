import ArgumentParser
import Foundation
import PlanFiles
import PlanModel
import ProgressStore

/// `plandash export --format json|yaml`: all loaded plans, as JSON on stdout or as plan files.
struct ExportCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write all loaded plans as JSON (stdout) or as YAML plan files.")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json
    case yaml
  }

  @Option(help: "json (to stdout) or yaml (plan files).")
  var format: Format = .json

  @Option(
    name: .customLong("out"),
    help: ArgumentHelp(
      "For yaml: the folder to write one file per region into (default: stdout, files separated by ---).",
      valueName: "dir"))
  var outFolder: String?

  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var asOfOptions: AsOfOptions
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let language = languageOptions.resolve()
    let (catalog, _) = try storeOptions.loadCatalog(plansOptions, language)
    switch format {
    case .json:
      // Each item's current status and actual figures, from the store if there is one, and
      // its assessment and schedule as of one year (the same as `plandash report`).
      let asOf = try asOfOptions.year()
      let snapshot = try storeOptions.existingSnapshot(language)
      var attachments = snapshot.map(ProgressExport.attachments) ?? [:]
      // A team store's review state of each reported measure (`pending`, `accepted`, `returned`).
      for (id, review) in try storeOptions.reviews() {
        attachments[id, default: [:]]["review"] = review.rawValue
      }
      Self.addTodoStatus(to: &attachments, catalog: catalog)
      let assessed = AssessmentFields.attachments(
        catalog: catalog, snapshot: snapshot ?? ProgressSnapshot(), asOf: asOf)
      attachments.merge(assessed) { progress, assessment in
        progress.merging(assessment) { _, new in new }
      }
      StandardStreams.out(try PlanJSONWriter.json(for: catalog.plans, attachments: attachments))
    case .yaml:
      try writeYAML(catalog.plans)
    }
  }

  /// Every measure carries its status: one never marked is `todo`, with no note, time or
  /// user (nothing was recorded for it).
  static func addTodoStatus(to attachments: inout [String: [String: Any]], catalog: Catalog) {
    for plan in catalog.plans {
      for measure in plan.measures where attachments[measure.id]?["status"] == nil {
        attachments[measure.id, default: [:]]["status"] = MeasureStatus.todo.rawValue
      }
    }
  }

  func writeYAML(_ plans: [Plan]) throws {
    guard let outFolder else {
      let documents = try plans.map(PlanYAMLWriter.yaml(for:))
      StandardStreams.out(documents.joined(separator: "---\n"))
      return
    }
    try OutputFolder.prepare(outFolder)
    for plan in plans {
      let path = (outFolder as NSString).appendingPathComponent(plan.region.id + ".yaml")
      if FileManager.default.fileExists(atPath: path) {
        throw CLIError(CLIText.alreadyExists(path))
      }
      try OutputFolder.write(try PlanYAMLWriter.yaml(for: plan), to: path)
    }
    let done = CLIText.wrotePlanFiles(plans.count, outFolder)
    StandardStreams.err(done(languageOptions.resolve()) + "\n")
  }
}
