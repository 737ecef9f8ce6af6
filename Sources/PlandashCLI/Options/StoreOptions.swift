import ArgumentParser
import Foundation
import PlanModel
import ProgressStore

/// `--store PATH`, shared by every subcommand that reads or writes progress.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The progress store file (default: $PLANDASH_STORE, else one file per plans folder under $XDG_DATA_HOME/plandash).",
      valueName: "path"))
  var store: String?

  /// The store file for a plans folder.
  func path(plansFolder: String) -> String {
    StoreLocation.resolve(storeOption: store, plansFolder: plansFolder)
  }

  /// Opens (creating if needed) the store of a plans folder.
  func open(plansFolder: String) throws -> ProgressStore {
    try storeFailures {
      try ProgressStore(
        path: path(plansFolder: plansFolder),
        busyTimeout: ProgressStore.busyTimeout(environment: ProcessInfo.processInfo.environment),
        plansFolder: plansFolder)
    }
  }
}

extension StoreOptions {
  /// The store of a plans folder if it exists; `nil` (and no file created) if not.
  func openExisting(plansFolder: String) throws -> ProgressStore? {
    guard FileManager.default.fileExists(atPath: path(plansFolder: plansFolder)) else { return nil }
    return try open(plansFolder: plansFolder)
  }

  /// What the store of a plans folder records, for commands that only read: an existing
  /// store's snapshot, or nil (and no file created) when there is none yet.
  func existingSnapshot(plansFolder: String) throws -> ProgressSnapshot? {
    try openExisting(plansFolder: plansFolder).map { store in
      try storeFailures { try store.snapshot() }
    }
  }
}

/// Runs store work, turning a `StoreError` into the one-line `CLIError` users see.
func storeFailures<T>(_ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let error as StoreError {
    throw CLIError(verbatim: error.description)
  }
}
