import Dashboard
import Foundation
import PlanModel
import ProgressStore
import TerminalUI

/// Runs the dashboard in the terminal until the user quits: the one place `plandash` and
/// `plandash demo` open a session, so both honour the same keys, signals and settings.
enum DashboardSession {
  /// Opens the dashboard. `watchPlans` reloads plan files edited meanwhile; `persist`
  /// writes theme, borders, language and the last view back to the settings file.
  /// Curses lives on the main thread: call it from the main actor.
  @MainActor
  static func run(
    catalog: Catalog, backend: any ProgressBackend, look: DashboardLook,
    options: DashboardOptions, watchPlans: PlanFilesWatcher?, persist: Bool
  ) throws {
    let engine = DashboardEngine(
      catalog: catalog, backend: backend, options: options, themes: look.themes,
      useColor: look.useColor)
    if let watchPlans { engine.pollPlans = { watchPlans.poll() } }
    // `:export docx|xlsx` writes into the folder plandash was started in.
    let exporter = DashboardReportExporter(
      folder: FileManager.default.currentDirectoryPath,
      history: (backend as? StoreProgressBackend)?.log ?? { [] })
    engine.exportReport = exporter.export
    let exit = try TerminalLauncher.run(engine)
    let final = engine.state.optionsToPersist
    if persist {
      let persisted = DisplaySettings.persisted(
        final, languageChosen: look.settings.languageChosen, startedWith: options)
      do {
        try persisted.write(to: look.config.settingsFile)
      } catch {
        let warning = CLIText.settingsNotSaved(
          look.config.settingsFile.path, error.localizedDescription)
        StandardStreams.err("plandash: " + warning(final.language) + "\n")
      }
    }
    // A signal (Ctrl-C, SIGTERM, hang-up) ends the process the way the signal would.
    if exit != .quit { exit.endProcess() }
  }

  /// Refuses, before anything is loaded, when there is no terminal to draw on (exit 2).
  static func requireTerminal(
    environment: [String: String] = ProcessEnvironment.values
  ) throws {
    if let problem = TerminalRunner.terminalProblem(environment: environment) {
      throw CLIError(problem.message, exitCode: 2)
    }
  }
}
