import ArgumentParser
import Dashboard
import Foundation
import PlanModel
import TerminalUI

/// `plandash` (or `plandash dashboard`): the terminal dashboard. Reads the plans and the
/// progress store, remembers theme, borders, language and the last view in the settings file.
struct DashboardCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dashboard",
    abstract: "Open the terminal dashboard (what `plandash` alone does).")

  @OptionGroup var display: DisplayOptions
  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    // Refuse before loading anything when there is no terminal to draw on.
    if let problem = TerminalRunner.terminalProblem(environment: environment) {
      throw CLIError(
        problem.description.replacingOccurrences(of: "plandash: ", with: ""), exitCode: 2)
    }
    TerminalLocale.ensureUTF8()
    let config = ConfigLocation(environment: environment)
    let (file, fileWarnings) = SettingsFile.read(from: config.settingsFile)
    let themeFiles = ThemeFiles(config: config).load()
    let themes = ThemeSet(files: themeFiles.files)
    let settings = try DisplaySettings.resolve(
      flags: display.flags(), file: file, environment: environment, themeNames: themes.names,
      currentYear: Calendar(identifier: .gregorian).component(.year, from: Date()))
    let themeWarnings = themeFiles.warnings + themes.warnings.map(\.description)
    for warning in fileWarnings + themeWarnings + settings.warnings {
      StandardStreams.err("plandash: warning: \(warning)\n")
    }

    let (catalog, folder) = try plansOptions.loadCatalog()
    let backend = try storeOptions.backend(plansFolder: folder)
    let watcher = PlanFilesWatcher(folder: folder) {
      PlansOptions.load([folder], cacheKey: folder)
    }
    let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false

    let (exit, final) = try MainActor.assumeIsolated {
      let app = DashboardApp(
        catalog: catalog, backend: backend, options: settings.options, themes: themes,
        useColor: !noColor)
      app.engine.pollPlans = { watcher.poll() }
      let exit = try TerminalLauncher.run(app)
      return (exit, app.state.optionsToPersist)
    }
    let persisted = DisplaySettings.persisted(
      final, languageChosen: settings.languageChosen, startedWith: settings.options)
    do {
      try persisted.write(to: config.settingsFile)
    } catch {
      StandardStreams.err(
        "plandash: warning: \(config.settingsFile.path): settings not saved (\(error.localizedDescription))\n"
      )
    }
    if exit != .quit { exit.endProcess() }
  }
}
