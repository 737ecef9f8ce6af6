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

  @Flag(help: "Draw borders and bars in plain ASCII.")
  var ascii = false

  @Option(help: ArgumentHelp("The theme.", valueName: "name"))
  var theme: String?

  @OptionGroup var demoOptions: DemoOptions
  @OptionGroup var asOfOptions: AsOfOptions

  func validate() throws {
    guard (1...1000).contains(width), (1...1000).contains(height) else {
      throw CLIError("--width and --height: whole numbers from 1 to 1000")
    }
  }

  func run() throws {
    let asOf = try asOfOptions.year()
    let (catalog, store, _, regions) = try demoOptions.prepare()
    let snapshot = try storeFailures { try store.snapshot() }
    let environment = ProcessInfo.processInfo.environment
    let options = DashboardOptions(
      language: .fromEnvironment(environment), ascii: ascii,
      themeName: theme ?? "default-dark", currentYear: asOf,
      regionID: regions.first)
    let lines = HeadlessRender.render(
      catalog: catalog, snapshot: snapshot, options: options, themes: ShippedThemes.load(),
      width: width, height: height, keys: keys)
    StandardStreams.out(lines.joined(separator: "\n") + "\n")
  }
}
