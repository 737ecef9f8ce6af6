import Dashboard
import Foundation
import PlanFiles
import PlanImport
import PlanModel
import ProgressStore
import TerminalUI

/// `plandash import --review DRAFT`: opens the review screen on a drafted plan file beside
/// its document's text, and writes the reviewed plan back over the draft (a temporary file
/// renamed over it, so the draft is never half written) and validates it.
///
/// The import command calls `run` when `--review` is given; the screen itself is
/// `Dashboard/Review` (no file I/O there).
enum ImportReview {
  @MainActor
  static func run(
    draftPath: String, language: Language,
    environment: [String: String] = ProcessEnvironment.values
  ) throws {
    try DashboardSession.requireTerminal(environment: environment)
    let plan = try readDraft(draftPath, language: language)
    let (document, note) = document(for: plan, draftPath: draftPath)
    let state = DraftReviewState(
      plan: plan, draftPath: draftPath, document: document, documentNote: note,
      language: language,
      markNames: ReviewMarkNames.names(
        of: plan.reviewRefs.flatMap { plan.reviewItem($0)?.source.review ?? [] }))
    let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    let app = ReviewApp(
      state: state, roleColors: (noColor ? Theme.noColor : Theme.builtIn).complete)
    app.finish = { [unowned app] plan in
      write(plan, to: draftPath, language: app.state.language)
    }
    let exit = try TerminalLauncher.run(app)
    if exit != .quit { exit.endProcess() }
    let final = app.state.language
    if let written = app.state.writtenPath {
      StandardStreams.out(CLIText.reviewWritten(written)(final) + "\n")
    } else if app.state.dirty {
      StandardStreams.out(CLIText.reviewDropped(draftPath)(final) + "\n")
    }
  }

  /// The draft as a plan: its own format problems stop the review (one line each); the
  /// model's rules do not (the review is where they get fixed).
  static func readDraft(_ path: String, language: Language) throws -> Plan {
    guard let bytes = FileManager.default.contents(atPath: path) else {
      throw CLIError(
        FileProblem(file: path, line: 0, message: FileText.notFound).localized, exitCode: 1)
    }
    let result = PlanFileReader.read(bytes: Array(bytes), file: path)
    guard let plan = result.plan else {
      let lines = result.problems.map(\.localized)
      throw CLIError(
        Localized(
          zh: lines.map { $0(.zh) }.joined(separator: "\n"),
          en: lines.map { $0(.en) }.joined(separator: "\n")))
    }
    return plan
  }

  /// The document's text cut into sentences, or — when the draft names no document or it
  /// cannot be read — the items' own sentences, with one line saying why.
  static func document(for plan: Plan, draftPath: String) -> (ReviewDocument, Localized?) {
    guard let name = plan.document.sourceDocument, !name.isEmpty else {
      return (ReviewDocument(sentencesOf: plan), CLIText.reviewNoDocument)
    }
    let folder = URL(fileURLWithPath: draftPath).deletingLastPathComponent()
    let url =
      name.hasPrefix("/") ? URL(fileURLWithPath: name) : folder.appendingPathComponent(name)
    do {
      let text = try DocumentReader.read(url)
      return (ReviewDocument(paragraphs: paragraphs(of: text)), nil)
    } catch {
      let reason = (error as? any UserFacingError)?.message ?? Localized(verbatim: "\(error)")
      return (ReviewDocument(sentencesOf: plan), CLIText.reviewDocumentUnread(reason))
    }
  }

  /// Paragraphs as printed, and each table row as one line, its cells between ` | `.
  static func paragraphs(of text: DocumentText) -> [String] {
    text.blocks.flatMap { block -> [String] in
      switch block {
      case .paragraph(let paragraph): [paragraph]
      case .table(let table): table.rows.map { $0.joined(separator: " | ") }
      }
    }
  }

  /// Writes the plan over the draft — a temporary file beside it, then renamed over it —
  /// and validates what was written. Nothing is replaced when the write fails.
  static func write(_ plan: Plan, to path: String, language: Language) -> ReviewFinishOutcome {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).review-\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      let yaml = try PlanYAMLWriter.yaml(for: plan)
      try Data(yaml.utf8).write(to: temporary)
      guard rename(temporary.path, url.path) == 0 else {
        let reason = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: temporary)
        return .failed(CLIText.reviewNotWritten(path, reason)(language))
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      return .failed(CLIText.reviewNotWritten(path, error.localizedDescription)(language))
    }
    let result = PlanLoader.load(paths: [path])
    return .written(path: path, problems: result.problems.map { $0.text(language) })
  }
}
