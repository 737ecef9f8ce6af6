import ArgumentParser
import Dashboard
import Foundation
import PlanModel
import ProgressStore

/// `plandash render --width W --height H [--keys "KEYS"]`: replays keys against the same
/// reducer the dashboard uses and prints the screen as plain text, one line per row. Reads
/// the store if there is one and never writes to it: the keys' changes live only in memory.
/// The settings file is not read, so the output depends only on the arguments, the plans,
/// the store and `PLANDASH_THEME`/`LANG`.
struct RenderCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Print the dashboard screen as plain text after replaying keys (nothing is stored).")

  @OptionGroup var screen: RenderOptions

  @OptionGroup var display: DisplayOptions
  @OptionGroup var asOf: AsOfOptions
  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions

  var languageOptions: LanguageOptions { display.languageOptions }

  func run() throws {
    try screen.checkSize()
    let look = try DashboardLook.resolve(display: display, asOf: asOf, readSettingsFile: false)
    let (catalog, _) = try storeOptions.loadCatalog(
      plansOptions, look.settings.options.language, lazily: true)
    let store = try storeOptions.existingAsItIs()
    let snapshot =
      try store.map { store in try storeFailures { try store.snapshot() } } ?? ProgressSnapshot()
    StandardStreams.out(
      Self.screen(
        catalog: catalog, snapshot: snapshot, look: look, options: look.settings.options,
        width: screen.width, height: screen.height, keys: screen.keys,
        history: store.map(Self.historyReader)))
  }

  /// An item's history as the store has it (only read), for the pages `render` draws.
  static func historyReader(_ store: any ProgressStoring) -> (String) throws ->
    [ProgressHistoryEntry]
  {
    let reader = StoreProgressBackend(store: store, user: "")
    return { id in try reader.history(of: id) }
  }

  /// The screen after the keys, one line per row. `history` reads what the store recorded
  /// before; the keys' changes are kept in memory only.
  static func screen(
    catalog: Catalog, snapshot: ProgressSnapshot, look: DashboardLook, options: DashboardOptions,
    width: Int, height: Int, keys: String,
    history: ((String) throws -> [ProgressHistoryEntry])? = nil
  ) -> String {
    let lines = HeadlessRender.render(
      catalog: catalog, snapshot: snapshot, options: options, themes: look.themes,
      width: width, height: height, keys: keys, history: history ?? { _ in [] })
    return lines.joined(separator: "\n") + "\n"
  }
}
