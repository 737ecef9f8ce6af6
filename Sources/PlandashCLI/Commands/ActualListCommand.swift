import ArgumentParser
import PlanModel
import ProgressStore

/// `plandash actual list [ID]`: recorded actual figures, by item and year.
struct ActualListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List recorded actual figures, of one item or all.")

  @Argument(help: "An item id (default: all).")
  var id: String?

  /// Accepted as by every store command; the one store serves every plans folder.
  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions

  func run() throws {
    // Reading only: no store is created where none exists yet.
    let store = try storeOptions.openExisting()
    let actuals = try store.map { store in try storeFailures { try store.actuals(of: id) } } ?? []
    guard !actuals.isEmpty else {
      StandardStreams.out(id.map { "no actual figures for \($0)\n" } ?? "no actual figures\n")
      return
    }
    let rows = actuals.map {
      [$0.itemID, String($0.year), RecordValue.number($0.value), $0.note ?? ""]
    }
    StandardStreams.out(
      TextTable.render(header: ["id", "year", "value", "note"], rows: rows, rightAligned: [2]))
  }
}
