import ArgumentParser

/// `plandash store check` and `plandash store migrate --to postgres://…`.
struct StoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "store", abstract: "Check the local store, or move progress into a team store.",
    subcommands: [StoreCheckCommand.self, StoreMigrateCommand.self])
}
