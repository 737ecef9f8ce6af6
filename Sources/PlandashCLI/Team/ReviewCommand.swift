import ArgumentParser

/// `plandash review list | accept ID… | return ID… --note TEXT`: the office's review of the
/// units' reports.
struct ReviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "Review the units' reports in a team store (the office only).",
    subcommands: [ReviewListCommand.self, ReviewAcceptCommand.self, ReviewReturnCommand.self])
}
