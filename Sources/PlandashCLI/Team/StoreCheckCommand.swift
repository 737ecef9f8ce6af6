import ArgumentParser
import Foundation
import ProgressStore

/// `plandash store check [--store PATH]`: reads every page of the local store (`PRAGMA
/// quick_check`) — the full check that opening the store leaves out, so that a command's
/// cost does not grow with the history a store holds.
struct StoreCheckCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Read every page of the local store and report damage.")

  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let language = languageOptions.resolve()
    guard storeOptions.teamAddress == nil else {
      throw CLIError(TeamText.checkNeedsLocalStore)
    }
    guard FileManager.default.fileExists(atPath: storeOptions.path) else {
      throw CLIError(TeamText.noLocalStore(storeOptions.path))
    }
    let store = try storeFailures {
      try ProgressStore(
        path: storeOptions.path,
        busyTimeout: ProgressStore.busyTimeout(environment: ProcessEnvironment.values))
    }
    try storeFailures { try store.checkEveryPage() }
    StandardStreams.out(TeamText.storeSound(storeOptions.path)(language) + "\n")
  }
}
