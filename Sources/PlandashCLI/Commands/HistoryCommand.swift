import ArgumentParser
import Dashboard
import Foundation
import PlanModel
import ProgressStore

/// `plandash history [ID]`: the operation log, oldest first: what changed, from what to
/// what, when and by whom.
struct HistoryCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "history", abstract: "Show the log of changes, of one item or all.")

  @Argument(help: "An item id (default: every item).")
  var id: String?

  @Option(help: ArgumentHelp("Show only the newest N entries.", valueName: "n"))
  var last: Int?

  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let language = languageOptions.resolve()
    // Reading only: no store is created where none exists yet.
    let store = try storeOptions.openExisting(language)
    var entries = try store.map { store in try storeFailures { try store.history(id: id) } } ?? []
    if let last { entries = Array(entries.suffix(max(0, last))) }
    guard !entries.isEmpty else {
      // An id with no history is named by its title (and refused if the plans lack it).
      let item = try id.map {
        ItemText.named(
          $0, in: try Self.knownCatalog($0, plansOptions, storeOptions, language), typed: true)
      }
      StandardStreams.out(CLIText.noChanges(of: item)(language) + "\n")
      return
    }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
    let rows = entries.map { entry -> [String] in
      let what = ProgressText.what(entry.what)
      let kind: Localized =
        switch entry.kind {
        case .change: entry.undone ? what + ProgressText.undoneMark : what
        case .undo: ProgressText.undoWord + " #\(entry.reverts ?? 0)"
        case .redo: ProgressText.redoWord + " #\(entry.reverts ?? 0)"
        }
      let item = entry.year.map { "\(entry.itemID) \($0)" } ?? entry.itemID
      // A figure deleted (or a first figure undone) reads `412 → (deleted)`.
      let removed = entry.oldValue.map {
        if case .actual = $0 { ProgressText.deleted(language) } else { "—" }
      }
      let old = entry.oldValue?.text(language) ?? "—"
      let change = old + " → " + (entry.newValue?.text(language) ?? removed ?? "—")
      return [
        "#\(entry.operation)", formatter.string(from: Date(timeIntervalSince1970: entry.at)),
        entry.by, kind(language), item, change,
      ]
    }
    StandardStreams.out(
      TextTable.render(
        header: CLIText.Header.row([.operation, .when, .by, .what, .item, .change], language),
        rows: rows))
  }

  /// The plans, where an id with no history must at least be one they know (or a
  /// comparator series of one), so that a typo is not read as "nobody ever changed it".
  static func knownCatalog(
    _ id: String, _ plansOptions: PlansOptions, _ storeOptions: StoreOptions,
    _ language: Language
  ) throws -> Catalog {
    let (catalog, _) = try storeOptions.loadCatalog(plansOptions, language, touching: .items([id]))
    let owner = ComparatorSeries.ownerID(of: id) ?? id
    guard catalog.address(of: owner) == nil else { return catalog }
    let closest = catalog.closestIDs(to: id)
    throw CLIError(CLIText.unknownID(id, closest: closest))
  }
}
