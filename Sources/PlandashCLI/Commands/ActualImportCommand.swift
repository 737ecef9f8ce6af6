import ArgumentParser
import Foundation
import PlanModel
import ProgressStore

/// `plandash actual import FILE.csv`: columns id, year, value, note; every bad row is
/// reported as `file:row: message` and nothing is imported unless every row is good.
struct ActualImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import actual figures from a CSV file (id,year,value,note), all or nothing.")

  @Argument(help: "A CSV file, UTF-8 with or without a byte-order mark.")
  var file: String

  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var actorOptions: ActorOptions

  func run() throws {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw CLIError("\(file): cannot read the file")
    }
    let (catalog, _) = try storeOptions.loadCatalog(plansOptions)
    let check = PlanItemCheck(catalog: catalog)
    let result = ActualsCSV.read(bytes: [UInt8](data), file: file) {
      check.actualProblem($0, year: $1)
    }
    if !result.problems.isEmpty {
      throw CLIError(
        result.problems.map(\.description).joined(separator: "\n")
          + "\nnothing was imported (\(result.problems.count) bad row\(result.problems.count == 1 ? "" : "s"))"
      )
    }
    guard !result.rows.isEmpty else { throw CLIError("\(file): no rows to import") }
    let store = try storeOptions.open()
    let applied = try storeFailures {
      try store.importActuals(result.rows.map(\.actual), by: actorOptions.user)
    }
    let unchanged = result.rows.count - applied.changedRecords
    StandardStreams.out(
      "imported \(applied.changedRecords) figure\(applied.changedRecords == 1 ? "" : "s")"
        + (unchanged > 0 ? " (\(unchanged) unchanged)" : "")
        + (applied.operation.map { " as #\($0)" } ?? "") + "\n")
  }
}
