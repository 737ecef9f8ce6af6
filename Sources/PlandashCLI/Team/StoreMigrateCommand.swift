import ArgumentParser
import Foundation
import TeamStore

/// `plandash store migrate --to ADMIN_URL [--store PATH]`: the local store's statuses,
/// actuals, notes and whole history copied into a team store, all or nothing.
struct StoreMigrateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "migrate",
    abstract: "Copy a local store (statuses, actuals, notes, history) into a team store.")

  @Option(
    help: ArgumentHelp(
      "The team store, as its administrator: postgres://USER@HOST:PORT/DB.", valueName: "url"))
  var to: String

  @OptionGroup var storeOptions: StoreOptions

  func run() throws {
    guard storeOptions.teamAddress == nil else {
      throw CLIError(
        TeamMessages.pick(
          zh: "store migrate：--store 应为本地进度库文件",
          en: "store migrate: --store names the local store file"))
    }
    guard let local = try storeOptions.openExisting() else {
      throw CLIError(
        TeamMessages.pick(
          zh: "本地进度库 \(storeOptions.path) 不存在", en: "no local store at \(storeOptions.path)"))
    }
    let counts = try storeFailures {
      let team = try TeamStore(
        url: TeamURL(to),
        timeout: TeamConnection.timeout(environment: ProcessInfo.processInfo.environment))
      return try TeamMigration.copy(
        history: local.history(), snapshot: local.snapshot(), into: team)
    }
    StandardStreams.out(
      TeamMessages.pick(
        zh: "已迁入：状态\(counts.statuses)条、实际值\(counts.actuals)个、操作记录\(counts.operations)条\n",
        en:
          "migrated \(counts.statuses) statuses, \(counts.actuals) actuals, \(counts.operations) logged operations\n"
      ))
  }
}
