import ArgumentParser
import Foundation
import PlanModel
import ProgressStore

/// `plandash history [ID]`: the operation log, oldest first: what changed, from what to
/// what, when and by whom.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history", abstract: "Show the log of changes, of one item or all.")

  @Argument(help: "An item id (default: every item).")
  var id: String?

  @Option(help: ArgumentHelp("Show only the newest N entries.", valueName: "n"))
  var last: Int?

  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions

  func run() throws {
    // Reading only: no store is created where none exists yet.
    let store = try storeOptions.openExisting()
    var entries = try store.map { store in try storeFailures { try store.history(id: id) } } ?? []
    if let last { entries = Array(entries.suffix(max(0, last))) }
    if entries.isEmpty, let id {
      try Self.requireKnown(id, plansOptions: plansOptions, storeOptions: storeOptions)
    }
    guard !entries.isEmpty else {
      StandardStreams.out(id.map { "no changes recorded for \($0)\n" } ?? "no changes recorded\n")
      return
    }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
    let rows = entries.map { entry -> [String] in
      let kind: String =
        switch entry.kind {
        case .change: entry.undone ? "\(entry.what) (undone)" : entry.what
        case .undo: "undo #\(entry.reverts ?? 0)"
        case .redo: "redo #\(entry.reverts ?? 0)"
        }
      let item = entry.year.map { "\(entry.itemID) \($0)" } ?? entry.itemID
      // A figure deleted (or a first figure undone) reads `412 → (deleted)`.
      let removed = entry.oldValue.map { if case .actual = $0 { "(deleted)" } else { "—" } }
      let change =
        "\(entry.oldValue?.description ?? "—") → \(entry.newValue?.description ?? removed ?? "—")"
      return [
        "#\(entry.operation)", formatter.string(from: Date(timeIntervalSince1970: entry.at)),
        entry.by, kind, item, change,
      ]
    }
    StandardStreams.out(
      TextTable.render(header: ["op", "when", "by", "what", "item", "change"], rows: rows))
  }

  /// An id with no history must at least be one the plans know (or a comparator series of
  /// one), so that a typo is not read as "nobody ever changed it".
  static func requireKnown(
    _ id: String, plansOptions: PlansOptions, storeOptions: StoreOptions
  ) throws {
    let (catalog, _) = try storeOptions.loadCatalog(plansOptions)
    let owner = ComparatorSeries.ownerID(of: id) ?? id
    guard catalog.address(of: owner) == nil else { return }
    let closest = catalog.closestIDs(to: id)
    throw CLIError(
      "unknown id \(id)" + (closest.isEmpty ? "" : " (closest: \(closest.joined(separator: ", ")))")
    )
  }
}
