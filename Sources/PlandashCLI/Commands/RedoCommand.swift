import ArgumentParser
import PlanModel
import ProgressStore

/// `plandash redo`: re-applies the most recently undone change (until a new change is made).
struct RedoCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "redo", abstract: "Re-apply the most recently undone change.")

  /// Accepted as by every store command; the one store serves every plans folder.
  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var actorOptions: ActorOptions
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let language = languageOptions.resolve()
    let store = try storeOptions.open(language)
    let applied = try storeFailures { try store.apply(.redo, by: actorOptions.user) }
    let done = CLIText.redid(applied.reverts ?? 0, records: applied.changedRecords)
    StandardStreams.out(done(language) + "\n")
  }
}
