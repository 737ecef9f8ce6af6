import ArgumentParser
import Foundation
import PlanModel
import ProgressStore

/// `plandash actual import FILE.csv`: columns id, year, value, note; every bad row is
/// reported as `file:row: message` and nothing is imported unless every row is good.
struct ActualImportCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import actual figures from a CSV file (id,year,value,note), all or nothing.")

  @Argument(help: "A CSV file, UTF-8 with or without a byte-order mark.")
  var file: String

  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var actorOptions: ActorOptions
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw CLIError(CLIText.cannotRead(file))
    }
    let language = languageOptions.resolve()
    let (catalog, _) = try storeOptions.loadCatalog(plansOptions, language)
    let check = PlanItemCheck(catalog: catalog)
    let result = ActualsCSV.read(bytes: [UInt8](data), file: file) {
      check.actualProblem($0, year: $1)
    }
    if !result.problems.isEmpty {
      let lines = result.problems.map { Localized(zh: $0.text(.zh), en: $0.text(.en)) }
      throw CLIError(
        Localized.joined(
          lines + [CLIText.nothingImported(result.problems.count)],
          separator: Localized(verbatim: "\n")))
    }
    guard !result.rows.isEmpty else { throw CLIError(CLIText.noRows(file)) }
    let store = try storeOptions.open(language)
    let applied = try storeFailures {
      try store.importActuals(result.rows.map(\.actual), by: actorOptions.user)
    }
    let unchanged = result.rows.count - applied.changedRecords
    let done = CLIText.imported(
      applied.changedRecords, unchanged: unchanged, operation: applied.operation)
    StandardStreams.out(done(language) + "\n")
  }
}
