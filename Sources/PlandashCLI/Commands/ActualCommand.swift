import ArgumentParser

/// `plandash actual set|list|import`: actual figures of targets, indicators and ladder tiers.
struct ActualCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "actual",
    abstract: "Record and list actual figures (规上企业 2024 = 412).",
    subcommands: [ActualSetCommand.self, ActualListCommand.self, ActualImportCommand.self])
}
