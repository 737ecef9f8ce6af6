import ArgumentParser
import Foundation
import PlanModel
import ProgressStore
import TeamStore

/// `--store PATH`, shared by every subcommand that reads or writes progress.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The progress store file, or a team store's postgres://USER@HOST:PORT/DB address (default: $PLANDASH_STORE, else one store per user, $XDG_DATA_HOME/plandash/progress.sqlite, whatever the plans folder).",
      valueName: "path"))
  var store: String?

  private var environment: [String: String] { ProcessEnvironment.values }

  /// The store file.
  var path: String { StoreLocation.resolve(storeOption: store, environment: environment) }

  /// The default store: the one the old per-folder stores are merged into.
  private var isDefault: Bool { path == StoreLocation.defaultPath(environment: environment) }

  /// Opens (creating if needed) the store; the default one first takes in any stores of the
  /// old layout (one per plans folder), saying so in one line on standard error in
  /// `language`.
  func open(_ language: Language) throws -> any ProgressStoring {
    if let team = try openTeam() { return team }
    let store = try openAsItIs()
    if isDefault {
      let report = try storeFailures {
        try store.mergeLegacyStores(in: StoreLocation.dataFolder(environment: environment))
      }
      LegacyMergeNotice.print(report, store: path, language)
    }
    return store
  }
}

extension StoreOptions {
  /// The store if it exists, or old-layout stores are waiting to be merged into it; `nil`
  /// (and no file created) if not.
  func openExisting(_ language: Language) throws -> (any ProgressStoring)? {
    if let team = try openTeam() { return team }
    let waiting =
      isDefault
      && !LegacyStoreFiles.find(in: StoreLocation.dataFolder(environment: environment)).isEmpty
    guard FileManager.default.fileExists(atPath: path) || waiting else { return nil }
    return try open(language)
  }

  /// What the store records, for commands that only read: an existing store's snapshot, or
  /// nil (and no file created) when there is none yet.
  func existingSnapshot(_ language: Language) throws -> ProgressSnapshot? {
    try openExisting(language).map { store in
      try storeFailures { try store.snapshot() }
    }
  }
}

extension StoreOptions {
  /// The store as it is, for `render`, which never writes: `nil` when there is none, and
  /// no old-layout store is merged (the next other command does that).
  func existingAsItIs() throws -> (any ProgressStoring)? {
    if let team = try openTeam() { return team }
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    return try openAsItIs()
  }

  private func openAsItIs() throws -> ProgressStore {
    let store = try storeFailures {
      try ProgressStore(
        path: path, busyTimeout: ProgressStore.busyTimeout(environment: environment))
    }
    OpenStoreKeeper.keep(store)
    return store
  }
}

/// Runs store work, turning a `StoreError` into the one-line `CLIError` users see, in
/// their language.
func storeFailures<T>(_ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let error as StoreError {
    throw CLIError(error.message)
  } catch let error as TeamStoreError {
    throw CLIError(error.message)
  }
}
