import ArgumentParser

/// `plandash team init|grant|revoke|list|publish|period`: setting up and running a team
/// store on PostgreSQL (docs/team.md).
struct TeamCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "team",
    abstract: "Set up and run a team store on PostgreSQL (one plan, many units).",
    subcommands: [
      TeamInitCommand.self, TeamGrantCommand.self, TeamRevokeCommand.self, TeamListCommand.self,
      TeamPublishCommand.self, TeamPeriodCommand.self,
    ])
}
