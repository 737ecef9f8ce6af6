import ArgumentParser

/// The `plandash` command: subcommands for scripts, and the dashboard when run alone.
public struct PlandashCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "plandash",
    abstract: "Browse and track local industrial-development plans in a terminal.",
    subcommands: [
      ValidateCommand.self,
      ImportCommand.self,
      ExportCommand.self,
      ListCommand.self,
      GenerateCommand.self,
      MarkCommand.self,
      ActualCommand.self,
      HistoryCommand.self,
      UndoCommand.self,
      RedoCommand.self,
      StatusCommand.self,
      ReportCommand.self,
      DemoCommand.self,
      DashboardCommand.self,
      RenderCommand.self,
      TerminalCheckCommand.self,
      TeamCommand.self,
      ReviewCommand.self,
      StoreCommand.self,
    ],
    defaultSubcommand: DashboardCommand.self
  )

  public init() {}
}
