import ArgumentParser
import Dashboard
import Foundation
import PlanFiles
import PlanImport
import PlanModel
import ProgressStore

/// `plandash import FILE… [--out DIR] [--region-id ID] [--force]`: reads each document
/// (.txt, .html, .docx, .doc/.wps, .pdf) and writes a draft plan file for it, by general
/// extraction rules, with `review` marks where the rules are unsure. Every input is read and
/// every output checked before anything is written, so a bad input or an existing file
/// leaves nothing behind.
struct ImportCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Draft plan files from plan documents (.txt .html .docx .doc .wps .pdf).",
    discussion: """
      Writes one draft per document into --out (default: the --plans folder, else \
      $PLANDASH_PLANS, else the current directory), named after the region id. An existing \
      file is never overwritten unless --force is given.
      """)

  @Argument(help: "The documents to draft from.")
  var files: [String] = []

  @Option(
    help: ArgumentHelp(
      "Review a drafted plan file beside its document's text (docs/import.md).",
      valueName: "draft"))
  var review: String?

  @Option(help: ArgumentHelp("The folder the drafts go into.", valueName: "dir"))
  var out: String?

  @Option(
    name: .customLong("region-id"),
    help: ArgumentHelp("The region id (one file only).", valueName: "id"))
  var regionID: String?

  @Option(
    name: .long,
    help: ArgumentHelp("The plans folder (the default output folder).", valueName: "dir"))
  var plans: String?

  @Flag(help: "Overwrite draft files that exist.")
  var force = false

  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let language = languageOptions.resolve()
    _ = try languageOptions.chosen()
    if let review {
      guard files.isEmpty else { throw CLIError(CLIText.reviewTakesNoFiles, exitCode: 2) }
      try MainActor.assumeIsolated { try ImportReview.run(draftPath: review, language: language) }
      return
    }
    guard !files.isEmpty else { throw CLIError(CLIText.noImportFiles, exitCode: 2) }
    if let regionID {
      guard files.count == 1 else {
        throw CLIError(CLIText.regionIDForOneFile(files.count), exitCode: 2)
      }
      guard IDRules.isWellFormedRegionID(regionID) else {
        throw CLIError(CLIText.badRegionID(regionID), exitCode: 2)
      }
    }
    let folder = outputFolder()
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue
    else {
      throw CLIError(CLIText.noOutFolder(folder))
    }
    let documents = try files.map { try DocumentReader.read(URL(fileURLWithPath: $0)) }
    var drafts: [(path: String, plan: Plan)] = []
    for (file, document) in zip(files, documents) {
      let drafter = PlanDrafter(
        regionID: regionID, sourceName: Self.documentPath(file, seenFrom: folder),
        language: language)
      var plan = drafter.draft(document)
      // Two documents of one region in one run: the later drafts get ids of their own.
      let taken = Set(drafts.map(\.plan.region.id))
      if regionID == nil, taken.contains(plan.region.id) {
        var number = 2
        while taken.contains("\(plan.region.id)\(number)") { number += 1 }
        plan = PlanDrafter(
          regionID: "\(plan.region.id)\(number)", sourceName: drafter.sourceName, language: language
        ).draft(document)
      }
      drafts.append((draftPath(for: plan.region.id, in: folder, taken: drafts.map(\.path)), plan))
    }
    if !force,
      let existing = drafts.first(where: { FileManager.default.fileExists(atPath: $0.path) })
    {
      throw CLIError(CLIText.draftExists(existing.path))
    }
    for draft in drafts {
      try write(draft.plan, to: draft.path, language: language)
    }
  }

  /// The document's path as the draft records it (`plan.source_document`), so the review
  /// screen finds it: relative to the draft's folder when the document is inside it, else
  /// absolute.
  static func documentPath(_ file: String, seenFrom folder: String) -> String {
    let document = URL(fileURLWithPath: file).standardizedFileURL.path
    let base = URL(fileURLWithPath: folder).standardizedFileURL.path
    let prefix = base.hasSuffix("/") ? base : base + "/"
    return document.hasPrefix(prefix) ? String(document.dropFirst(prefix.count)) : document
  }

  /// `--out`, else `--plans`, else `PLANDASH_PLANS`, else the current directory.
  func outputFolder() -> String {
    let environment = ProcessEnvironment.values["PLANDASH_PLANS"]
    return out ?? plans ?? (environment?.isEmpty == false ? environment : nil) ?? "."
  }

  private func draftPath(for regionID: String, in folder: String, taken: [String]) -> String {
    var path = (folder as NSString).appendingPathComponent(regionID + ".yaml")
    var number = 2
    while taken.contains(path) {
      path = (folder as NSString).appendingPathComponent("\(regionID)-\(number).yaml")
      number += 1
    }
    return path
  }

  private func write(_ plan: Plan, to path: String, language: Language) throws {
    let yaml = try PlanYAMLWriter.yaml(for: plan)
    guard FileManager.default.createFile(atPath: path, contents: Data(yaml.utf8)) else {
      throw CLIError(CLIText.cannotWriteDraft(path))
    }
    let counts = [
      plan.targets.count, plan.clusters.count, plan.ladders.count, plan.indicators.count,
      plan.measures.count,
    ]
    StandardStreams.out(
      CLIText.draftWritten(path, counts: counts, review: Self.reviewCount(plan))(language) + "\n")
    for violation in PlanRules.check([plan]) {
      StandardStreams.err(CLIText.draftProblem(path, violation.message(language))(language) + "\n")
    }
  }

  /// How many items carry a review mark.
  static func reviewCount(_ plan: Plan) -> Int {
    let sources =
      plan.targets.map(\.source) + plan.indicators.map(\.source) + plan.clusters.map(\.source)
      + plan.ladders.map(\.source) + plan.measures.map(\.source)
    return sources.filter { !$0.review.isEmpty }.count
  }
}
