import ArgumentParser

/// `plandash actual set|delete|list|import`: actual figures of targets, indicators and ladder tiers.
struct ActualCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "actual",
    abstract: "Record, delete and list actual figures (规上企业 2024 = 412).",
    subcommands: [
      ActualSetCommand.self, ActualDeleteCommand.self, ActualListCommand.self,
      ActualImportCommand.self,
    ])
}
