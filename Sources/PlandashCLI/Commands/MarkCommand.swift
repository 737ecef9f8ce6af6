import ArgumentParser
import Dashboard
import Foundation
import PlanModel
import ProgressStore

/// `plandash mark ID… [--status S] [--note TEXT] [--from-file FILE]`: sets the status of
/// measures, all in one transaction — every id is checked first, and one bad id stores nothing.
struct MarkCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "mark",
    abstract: "Set the status of measures (done by default), all or nothing.",
    discussion:
      "With --note and no --status, only the note changes: each measure keeps its status.")

  @Argument(help: "Measure ids.")
  var ids: [String] = []

  // Read as text so a bad status gets a one-line message naming it.
  @Option(
    help: ArgumentHelp(
      "todo, in-progress, done or blocked (default done; with only --note, unchanged).",
      valueName: "status"))
  var status: String?

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("A note kept with the status (--note \"\" clears it).", valueName: "text"))
  var note: String?

  @Option(
    name: .customLong("from-file"),
    help: ArgumentHelp("A file of measure ids, one a line (# starts a comment).", valueName: "file")
  )
  var fromFile: String?

  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var actorOptions: ActorOptions
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let language = languageOptions.resolve()
    let chosen = try status.map { given in
      guard let status = MeasureStatus(rawValue: given) else {
        throw CLIError(CLIText.badStatus(given, names: MeasureStatus.allCases.map(\.rawValue)))
      }
      return status
    }
    var entries = ids.map { (id: $0, place: "") }
    if let fromFile {
      guard let data = FileManager.default.contents(atPath: fromFile) else {
        throw CLIError(CLIText.cannotRead(fromFile))
      }
      guard let text = String(data: data, encoding: .utf8) else {
        throw CLIError(CLIText.notUTF8(fromFile))
      }
      entries += IDListFile.parse(text).map { (id: $0.id, place: "\(fromFile):\($0.line): ") }
    }
    guard !entries.isEmpty else {
      throw CLIError(CLIText.markNeedsIDs)
    }
    let (catalog, _) = try storeOptions.loadCatalog(
      plansOptions, language, touching: .items(entries.map(\.id)))
    let check = PlanItemCheck(catalog: catalog)
    let problems = entries.compactMap { entry in
      check.measureProblem(entry.id).map { entry.place + $0 }
    }
    if !problems.isEmpty {
      throw CLIError(
        Localized.joined(
          problems + (problems.count > 1 ? [CLIText.nothingMarked] : []),
          separator: Localized(verbatim: "\n")))
    }
    let store = try storeOptions.open(language)
    if chosen == nil, let note {
      try setNotes(note, ids: entries.map(\.id), in: store, language: language)
      return
    }
    let status = chosen ?? .done
    let applied = try storeFailures {
      try store.apply(
        .setStatus(ids: entries.map(\.id), status: status, note: note), by: actorOptions.user)
    }
    let count = Set(entries.map(\.id)).count
    if let operation = applied.operation {
      let done = CLIText.marked(
        applied.changedRecords, status, alreadySo: count - applied.changedRecords,
        operation: operation)
      StandardStreams.out(done(language) + "\n")
    } else {
      StandardStreams.out(CLIText.alreadyStatus(count, status)(language) + "\n")
    }
    ReplacedNotice.print([applied], language)
  }

  /// `--note` without `--status`: the note of each measure changes (an empty one clears
  /// it) and its status stays — one transaction, one logged change per measure.
  private func setNotes(
    _ note: String, ids: [String], in store: any ProgressStoring, language: Language
  ) throws {
    var seen: Set<String> = []
    let unique = ids.filter { seen.insert($0).inserted }
    let applied = try storeFailures {
      try store.apply(
        unique.map { .setNote(id: $0, note: note.isEmpty ? nil : note) }, by: actorOptions.user)
    }
    let operations = applied.compactMap(\.operation)
    guard let first = operations.first, let last = operations.last else {
      StandardStreams.out(CLIText.noteAlreadySo(language) + "\n")
      return
    }
    let done = CLIText.noted(
      operations.count, cleared: note.isEmpty,
      operations: first == last ? "#\(first)" : "#\(first)–#\(last)")
    StandardStreams.out(done(language) + "\n")
    ReplacedNotice.print(applied, language)
  }
}
