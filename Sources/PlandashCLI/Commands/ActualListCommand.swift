import ArgumentParser
import Dashboard
import PlanModel
import ProgressStore

/// `plandash actual list [ID]`: recorded actual figures, by item and year.
struct ActualListCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List recorded actual figures, of one item or all.")

  @Argument(help: "An item id (default: all).")
  var id: String?

  /// Accepted as by every store command; the one store serves every plans folder.
  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let language = languageOptions.resolve()
    // Reading only: no store is created where none exists yet.
    let store = try storeOptions.openExisting(language)
    let actuals = try store.map { store in try storeFailures { try store.actuals(of: id) } } ?? []
    guard !actuals.isEmpty else {
      StandardStreams.out(CLIText.noActuals(of: id)(language) + "\n")
      return
    }
    let rows = actuals.map {
      [$0.itemID, String($0.year), RecordValue.number($0.value), $0.note ?? ""]
    }
    StandardStreams.out(
      TextTable.render(
        header: CLIText.Header.row([.id, .year, .value, .note], language), rows: rows,
        rightAligned: [2]))
  }
}
