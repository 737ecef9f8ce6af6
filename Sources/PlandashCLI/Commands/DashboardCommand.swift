import ArgumentParser
import Dashboard
import Foundation
import PlanModel

/// `plandash` (or `plandash dashboard`): the terminal dashboard. Reads the plans and the
/// progress store, remembers theme, borders, language and the last view in the settings file.
struct DashboardCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "dashboard",
    abstract: "Open the terminal dashboard (what `plandash` alone does).")

  @OptionGroup var display: DisplayOptions
  @OptionGroup var asOf: AsOfOptions
  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var actorOptions: ActorOptions

  var languageOptions: LanguageOptions { display.languageOptions }

  func run() throws {
    try DashboardSession.requireTerminal()
    let look = try DashboardLook.resolve(display: display, asOf: asOf, readSettingsFile: true)
    let language = look.settings.options.language
    let start = try DashboardStart.open(
      store: storeOptions, plans: plansOptions, user: actorOptions.user, language)
    let folder = start.folder
    let watcher = PlanFilesWatcher(folder: folder) {
      // The dashboard owns the screen: no progress bar on a reload.
      PlansOptions.load([folder], cacheKey: folder, language: language, showProgress: false)
    }
    var options = look.settings.options
    options.offline = start.offline
    options.reporting = start.reporting
    let keeper = start.keeper
    try MainActor.assumeIsolated {
      try DashboardSession.run(
        catalog: start.catalog, backend: start.backend, look: look, options: options,
        watchPlans: watcher, persist: true)
    }
    keeper?.flush()
  }
}
