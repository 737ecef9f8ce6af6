import ArgumentParser
import Foundation
import PlanModel
import ProgressStore

/// `plandash actual set ID --year Y --value V [--note TEXT]`.
struct ActualSetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set", abstract: "Record (or replace) one actual figure for a year.")

  @Argument(help: "A target, indicator or ladder tier id.")
  var id: String

  // Year and value are read as text so a bad one gets a one-line message naming it.
  @Option(help: ArgumentHelp("The year the figure is for.", valueName: "year"))
  var year: String

  @Option(help: ArgumentHelp("The figure, in the item's unit.", valueName: "number"))
  var value: String

  @Option(help: ArgumentHelp("Where the figure comes from.", valueName: "text"))
  var note: String?

  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions

  func run() throws {
    guard let year = Int(year.trimmingCharacters(in: .whitespaces)) else {
      throw CLIError("--year \(year): not a year (a whole number such as 2024)")
    }
    guard let number = ActualsCSV.number(value) else {
      throw CLIError("--value \(value): not a number")
    }
    let (catalog, folder) = try plansOptions.loadCatalog()
    if let problem = PlanItemCheck(catalog: catalog).actualProblem(id, year: year) {
      throw CLIError(problem)
    }
    let store = try storeOptions.open(plansFolder: folder)
    let actual = Actual(itemID: id, year: year, value: number, note: note)
    let applied = try storeFailures { try store.apply(.setActual(actual), by: storeOptions.user) }
    let figure = RecordValue.number(number)
    if let operation = applied.operation {
      StandardStreams.out("\(id) \(year) = \(figure) recorded as #\(operation)\n")
    } else {
      StandardStreams.out("nothing changed: \(id) \(year) is already \(figure)\n")
    }
  }
}
