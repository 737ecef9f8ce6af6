import ArgumentParser
import ProgressStore

/// `--as NAME`, for the subcommands that record changes: who makes them, as the log keeps it.
struct ActorOptions: ParsableArguments {
  @Option(
    name: .customLong("as"),
    help: ArgumentHelp(
      "Who makes the change, as the log records it, e.g. a 责任单位 (default: the OS user name).",
      valueName: "name"))
  var actor: String?

  /// The name the operation log records.
  var user: String {
    if let actor, !actor.trimmingCharacters(in: .whitespaces).isEmpty { return actor }
    return UserName.current()
  }
}
