import ArgumentParser
import Foundation
import ProgressStore
import TeamStore

/// `plandash store migrate --to ADMIN_URL [--store PATH]`: the local store's statuses,
/// actuals, notes and whole history copied into a team store, all or nothing.
struct StoreMigrateCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "migrate",
    abstract: "Copy a local store (statuses, actuals, notes, history) into a team store.")

  @Option(
    help: ArgumentHelp(
      "The team store, as its administrator: postgres://USER@HOST:PORT/DB.", valueName: "url"))
  var to: String

  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let language = languageOptions.resolve()
    guard storeOptions.teamAddress == nil else {
      throw CLIError(TeamText.migrateNeedsLocalStore)
    }
    guard let local = try storeOptions.openExisting(language) else {
      throw CLIError(TeamText.noLocalStore(storeOptions.path))
    }
    let counts = try storeFailures {
      let team = try TeamStore(
        url: TeamURL(to),
        timeout: TeamConnection.timeout(environment: ProcessEnvironment.values))
      return try TeamMigration.copy(
        history: local.history(), snapshot: local.snapshot(), into: team)
    }
    let migrated = TeamText.migrated(
      statuses: counts.statuses, actuals: counts.actuals, operations: counts.operations)
    StandardStreams.out(migrated(language) + "\n")
  }
}
