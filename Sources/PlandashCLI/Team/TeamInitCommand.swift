import ArgumentParser
import Dashboard
import Foundation
import ProgressStore
import TeamStore

/// `plandash team init ADMIN_URL`: the schema, group roles and policies; again, nothing.
struct TeamInitCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create the team schema, group roles and row-level-security policies (idempotent).")

  @Argument(
    help: ArgumentHelp(
      "An administrator's address: postgres://USER[:PASSWORD]@HOST:PORT/DB[?sslmode=…].",
      valueName: "admin-url"))
  var adminURL: String

  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let outcome = try storeFailures {
      let url = try TeamURL(adminURL)
      let connection = try TeamConnection(
        url, timeout: TeamConnection.timeout(environment: ProcessEnvironment.values))
      defer { connection.close() }
      return (url, try TeamSetup.initialise(connection))
    }
    let text: Localized =
      switch outcome.1 {
      case .created(let version):
        TeamText.initialised("\(outcome.0)", version: version, created: true)
      case .unchanged(let version):
        TeamText.initialised("\(outcome.0)", version: version, created: false)
      case .upgraded(let from, let to):
        TeamText.upgraded("\(outcome.0)", from: from, to: to)
      }
    StandardStreams.out(text(languageOptions.resolve()) + "\n")
  }
}
