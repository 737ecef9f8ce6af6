import ArgumentParser
import Foundation
import PlanModel
import ProgressStore

/// `plandash mark ID… [--status S] [--note TEXT] [--from-file FILE]`: sets the status of
/// measures, all in one transaction — every id is checked first, and one bad id stores nothing.
struct MarkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mark",
    abstract: "Set the status of measures (done by default), all or nothing.")

  @Argument(help: "Measure ids.")
  var ids: [String] = []

  // Read as text so a bad status gets a one-line message naming it.
  @Option(help: ArgumentHelp("todo, in-progress, done or blocked.", valueName: "status"))
  var status: String = MeasureStatus.done.rawValue

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

  func run() throws {
    guard let status = MeasureStatus(rawValue: status) else {
      let names = MeasureStatus.allCases.map(\.rawValue).joined(separator: ", ")
      throw CLIError("--status \(self.status): not a status; give one of \(names)")
    }
    var entries = ids.map { (id: $0, place: "") }
    if let fromFile {
      guard let data = FileManager.default.contents(atPath: fromFile) else {
        throw CLIError("\(fromFile): cannot read the file")
      }
      guard let text = String(data: data, encoding: .utf8) else {
        throw CLIError("\(fromFile): not UTF-8 text")
      }
      entries += IDListFile.parse(text).map { (id: $0.id, place: "\(fromFile):\($0.line): ") }
    }
    guard !entries.isEmpty else {
      throw CLIError("mark: give at least one measure id, or --from-file FILE")
    }
    let (catalog, folder) = try plansOptions.loadCatalog()
    let check = PlanItemCheck(catalog: catalog)
    let problems = entries.compactMap { entry in
      check.measureProblem(entry.id).map { entry.place + $0 }
    }
    if !problems.isEmpty {
      throw CLIError(
        problems.joined(separator: "\n") + (problems.count > 1 ? "\nnothing was marked" : ""))
    }
    let store = try storeOptions.open(plansFolder: folder)
    let applied = try storeFailures {
      try store.apply(
        .setStatus(ids: entries.map(\.id), status: status, note: note), by: storeOptions.user)
    }
    let count = Set(entries.map(\.id)).count
    if let operation = applied.operation {
      StandardStreams.out(
        "marked \(applied.changedRecords) measure\(applied.changedRecords == 1 ? "" : "s") \(status.rawValue)"
          + (applied.changedRecords < count
            ? " (\(count - applied.changedRecords) already so)" : "")
          + " as #\(operation)\n")
    } else {
      StandardStreams.out(
        "nothing changed: \(count == 1 ? "it is" : "all \(count) are") already \(status.rawValue)\n"
      )
    }
  }
}
