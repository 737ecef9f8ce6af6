import Dashboard
import Foundation
import ProgressStore
import ScreenCore
import TerminalUI

/// Runs a terminal app for a command: a missing or unusable terminal becomes one line on
/// standard error and exit status 2.
enum TerminalLauncher {
  @MainActor
  static func run(_ app: any TerminalApp) throws -> TerminalExit {
    let runner = TerminalRunner(environment: ProcessEnvironment.values)
    do {
      return try runner.run(app)
    } catch {
      throw CLIError(error.message, exitCode: 2)
    }
  }
}
