import ArgumentParser
import PlanModel
import ProgressStore

/// `plandash redo`: re-applies the most recently undone change (until a new change is made).
struct RedoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "redo", abstract: "Re-apply the most recently undone change.")

  /// Accepted as by every store command; the one store serves every plans folder.
  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var actorOptions: ActorOptions

  func run() throws {
    let store = try storeOptions.open()
    let applied = try storeFailures { try store.apply(.redo, by: actorOptions.user) }
    StandardStreams.out(
      "redid #\(applied.reverts ?? 0) (\(applied.changedRecords) record\(applied.changedRecords == 1 ? "" : "s"))\n"
    )
  }
}
