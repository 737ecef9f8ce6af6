import ArgumentParser
import Dashboard
import Foundation

/// `plandash demo render --width W --height H [--keys KEYS]`: the demo in the headless view
/// (the same engine and reducer as the dashboard; keys change nothing on disk).
struct DemoRenderCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "render", abstract: "Print the demo dashboard as plain text after replaying keys.")

  @OptionGroup var screen: RenderOptions

  @OptionGroup var display: DisplayOptions
  @OptionGroup var asOf: AsOfOptions
  @OptionGroup var demoOptions: DemoOptions

  var languageOptions: LanguageOptions { display.languageOptions }

  func run() throws {
    try screen.checkSize()
    let look = try DashboardLook.resolve(display: display, asOf: asOf, readSettingsFile: false)
    let (catalog, store, _, regions) = try demoOptions.prepare(look.settings.options.language)
    let snapshot = try storeFailures { try store.snapshot() }
    let options = DemoOptions.dashboardOptions(look, regions: regions)
    StandardStreams.out(
      RenderCommand.screen(
        catalog: catalog, snapshot: snapshot, look: look, options: options, width: screen.width,
        height: screen.height, keys: screen.keys, history: RenderCommand.historyReader(store)))
  }
}
