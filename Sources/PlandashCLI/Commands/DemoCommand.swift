import ArgumentParser
import Dashboard
import Foundation
import PlanModel
import ProgressStore

/// `plandash demo`: the dashboard on a separate demo store loaded from the labelled example
/// progress file (`SampleData/demo/progress.json`, invented numbers), rebuilt every time.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Open the dashboard on invented example progress (a separate demo store).",
    discussion:
      "The demo figures are invented (see SampleData/demo/README.md). They live in their own store, rebuilt from the file each time, never in your real store. `plandash demo --print` summarises them and `plandash demo --store-path` prints the demo store's path (see `plandash demo open --help`).",
    subcommands: [DemoOpenCommand.self, DemoRenderCommand.self],
    defaultSubcommand: DemoOpenCommand.self)
}

/// What every demo subcommand shares: the plans, the demo file, and the rebuilt demo store.
struct DemoOptions: ParsableArguments {
  @Option(
    name: .customLong("file"),
    help: ArgumentHelp(
      "The demo progress file (default: demo/progress.json in the plans folder).",
      valueName: "path"))
  var file: String?

  @OptionGroup var plansOptions: PlansOptions

  /// Loads the plans, checks the demo file against them and rebuilds the demo store.
  func prepare(_ language: Language) throws -> (
    catalog: Catalog, store: ProgressStore, path: String, regions: [String]
  ) {
    let (catalog, folder) = try plansOptions.loadCatalog(language)
    let path = file ?? DemoProgressFile.defaultPath(plansFolder: folder)
    let demo = try DemoProgressFile.load(path: path, catalog: catalog)
    let store = try DemoStore.rebuild(
      file: demo, plansFolder: folder, environment: ProcessEnvironment.values)
    return (catalog, store, store.path, demo.regions)
  }
}

extension DemoOptions {
  /// The dashboard's options for the demo: the look chosen, starting on the first demo
  /// region, with the on-screen label that says the figures are invented.
  static func dashboardOptions(_ look: DashboardLook, regions: [String]) -> DashboardOptions {
    var options = look.settings.options
    options.regionID = regions.first
    options.demo = true
    return options
  }
}

/// `plandash demo [--print | --store-path]`.
struct DemoOpenCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "open", abstract: "Open the dashboard on the demo store (the default).")

  @Flag(
    help: "Print the demo's measure counts and target assessments instead of opening the dashboard."
  )
  var print = false

  @Flag(help: "Rebuild the demo store and print its path (for --store in other commands).")
  var storePath = false

  @OptionGroup var display: DisplayOptions
  @OptionGroup var asOf: AsOfOptions
  @OptionGroup var demoOptions: DemoOptions

  var languageOptions: LanguageOptions { display.languageOptions }

  func run() throws {
    let year = try asOf.year()
    if !print && !storePath { try DashboardSession.requireTerminal() }
    let language = languageOptions.resolve()
    let (catalog, store, path, regions) = try demoOptions.prepare(language)
    if storePath {
      StandardStreams.out(path + "\n")
      return
    }
    let snapshot = try storeFailures { try store.snapshot() }
    if print {
      StandardStreams.out(
        DemoSummary.text(
          catalog: catalog, snapshot: snapshot, asOf: year, regions: regions, language: language))
      return
    }
    let look = try DashboardLook.resolve(display: display, asOf: asOf, readSettingsFile: true)
    let options = DemoOptions.dashboardOptions(look, regions: regions)
    StandardStreams.err(CLIText.demoInvented(path)(look.settings.options.language) + "\n")
    try MainActor.assumeIsolated {
      try DashboardSession.run(
        catalog: catalog, backend: StoreProgressBackend(store: store, user: "demo"), look: look,
        options: options, watchPlans: nil, persist: false)
    }
  }
}
