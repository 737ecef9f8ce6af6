import ArgumentParser
import Dashboard
import Foundation
import PlanModel
import TerminalUI

/// `plandash render --width W --height H [--keys "KEYS"]`: replays keys against the same
/// reducer the dashboard uses and prints the screen as plain text, one line per row. Reads
/// the store if there is one and never writes to it: the keys' changes live only in memory.
/// The settings file is not read, so the output depends only on the arguments, the plans,
/// the store and `PLANDASH_THEME`/`LANG`.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Print the dashboard screen as plain text after replaying keys (nothing is stored).")

  @Option(help: "Screen width in columns.")
  var width: Int = 80

  @Option(help: "Screen height in rows.")
  var height: Int = 24

  @Option(
    help: ArgumentHelp(
      "Space-separated keys as tmux send-keys names them (Enter Escape Tab BTab Up Down PPage NPage Space C-r …); other words are typed as text.",
      valueName: "keys"))
  var keys: String = ""

  @OptionGroup var display: DisplayOptions
  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions

  func validate() throws {
    guard (1...1000).contains(width), (1...1000).contains(height) else {
      throw CLIError("--width and --height must be between 1 and 1000", exitCode: 2)
    }
  }

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    TerminalLocale.ensureUTF8()
    let themeFiles = ThemeFiles(config: ConfigLocation(environment: environment)).load()
    let themes = ThemeSet(files: themeFiles.files)
    let settings = try DisplaySettings.resolve(
      flags: display.flags(), file: SettingsFile(), environment: environment,
      themeNames: themes.names,
      currentYear: Calendar(identifier: .gregorian).component(.year, from: Date()))
    let themeWarnings = themeFiles.warnings + themes.warnings.map(\.description)
    for warning in themeWarnings + settings.warnings {
      StandardStreams.err("plandash: warning: \(warning)\n")
    }
    let (catalog, folder) = try plansOptions.loadCatalog()
    let snapshot =
      try storeOptions.openExisting(plansFolder: folder)?.snapshot() ?? ProgressSnapshot()
    let lines = HeadlessRender.render(
      catalog: catalog, snapshot: snapshot, options: settings.options, themes: themes,
      width: width, height: height, keys: keys)
    StandardStreams.out(lines.joined(separator: "\n") + "\n")
  }
}
