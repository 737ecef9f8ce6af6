import ArgumentParser
import PlanModel
import ProgressStore

/// `plandash redo`: re-applies the most recently undone change (until a new change is made).
struct RedoCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "redo", abstract: "Re-apply the most recently undone change.")

  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var actorOptions: ActorOptions
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let store = try storeOptions.open(plansFolder: try plansOptions.folder())
    let applied = try storeFailures { try store.apply(.redo, by: actorOptions.user) }
    let done = CLIText.redid(applied.reverts ?? 0, records: applied.changedRecords)
    StandardStreams.out(done(languageOptions.resolve()) + "\n")
  }
}
