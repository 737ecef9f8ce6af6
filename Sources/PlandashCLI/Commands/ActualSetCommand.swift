import ArgumentParser
import Dashboard
import Foundation
import PlanModel
import ProgressStore

/// `plandash actual set ID --year Y --value V [--note TEXT]`.
struct ActualSetCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "set", abstract: "Record (or replace) one actual figure for a year.")

  @Argument(
    help: ArgumentHelp(
      "What the figure is for: a target, indicator, ladder tier or cluster-with-a-scale id, or <target-id>.comparator for the series a comparator target (高于全省平均) is compared with.",
      discussion:
        "An annual-rate target (年均增长20%) takes the level of its metric each year (工业总产值 in 亿元, say), not the rate: plandash works the yearly rates out."
    ))
  var id: String

  // Year and value are read as text so a bad one gets a one-line message naming it.
  @Option(help: ArgumentHelp("The year the figure is for.", valueName: "year"))
  var year: String

  // `.unconditional`: a negative figure (`--value -5`) is the value, not an option.
  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("The figure, in the item's unit (negative ones too).", valueName: "number"))
  var value: String

  @Option(
    parsing: .unconditional, help: ArgumentHelp("Where the figure comes from.", valueName: "text"))
  var note: String?

  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var actorOptions: ActorOptions
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let language = languageOptions.resolve()
    guard let year = TypedNumber.whole(year) else { throw CLIError(CLIText.badYearOption(year)) }
    guard let number = TypedNumber.decimal(value) else {
      throw CLIError(CLIText.badValueOption(value))
    }
    let (catalog, _) = try storeOptions.loadCatalog(plansOptions, language, touching: .items([id]))
    if let problem = PlanItemCheck(catalog: catalog).actualProblem(id, year: year) {
      throw CLIError(problem)
    }
    let item = ItemText.named(id, in: catalog, typed: true)
    let store = try storeOptions.open(language)
    let actual = Actual(itemID: id, year: year, value: number, note: note)
    let applied = try storeFailures { try store.apply(.setActual(actual), by: actorOptions.user) }
    let figure = RecordValue.number(number)
    if let operation = applied.operation {
      let done = CLIText.actualRecorded(item, year, figure, operation: operation)
      StandardStreams.out(done(language) + "\n")
    } else {
      StandardStreams.out(CLIText.actualUnchanged(item, year, figure)(language) + "\n")
    }
    ReplacedNotice.print([applied], language)
  }
}
