import ArgumentParser
import Dashboard
import Foundation

/// `plandash demo render --width W --height H [--keys KEYS]`: the demo in the headless view
/// (the same engine and reducer as the dashboard; keys change nothing on disk).
struct DemoRenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render", abstract: "Print the demo dashboard as plain text after replaying keys.")

  @Option(help: "Screen width in columns.")
  var width = 100

  @Option(help: "Screen height in rows.")
  var height = 30

  @Option(help: ArgumentHelp("Keys as tmux send-keys names, space-separated.", valueName: "keys"))
  var keys = ""

  @OptionGroup var display: DisplayOptions
  @OptionGroup var asOf: AsOfOptions
  @OptionGroup var demoOptions: DemoOptions

  func validate() throws {
    guard (1...1000).contains(width), (1...1000).contains(height) else {
      throw CLIError("--width and --height must be between 1 and 1000", exitCode: 2)
    }
  }

  func run() throws {
    let look = try DashboardLook.resolve(display: display, asOf: asOf, readSettingsFile: false)
    let (catalog, store, _, regions) = try demoOptions.prepare()
    let snapshot = try storeFailures { try store.snapshot() }
    var options = look.settings.options
    options.regionID = regions.first
    options.demo = true
    StandardStreams.out(
      RenderCommand.screen(
        catalog: catalog, snapshot: snapshot, look: look, options: options, width: width,
        height: height, keys: keys, history: RenderCommand.historyReader(store)))
  }
}
