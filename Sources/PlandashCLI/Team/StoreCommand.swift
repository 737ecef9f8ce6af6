import ArgumentParser

/// `plandash store migrate --to postgres://…`.
struct StoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "store", abstract: "Move progress between stores.",
    subcommands: [StoreMigrateCommand.self])
}
