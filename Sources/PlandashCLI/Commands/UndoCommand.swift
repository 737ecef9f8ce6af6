import ArgumentParser
import PlanModel
import ProgressStore
import TeamStore

/// `plandash undo [--steps N]`: takes back the newest changes not yet undone (all N or
/// none), and logs each undo.
struct UndoCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "undo", abstract: "Take back the most recent change (or N of them).")

  @Option(help: ArgumentHelp("How many changes to take back.", valueName: "n"))
  var steps: Int = 1

  /// Accepted as by every store command; the one store serves every plans folder.
  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var actorOptions: ActorOptions
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let language = languageOptions.resolve()
    guard steps >= 1 else { throw CLIError(CLIText.badSteps(steps)) }
    let store = try storeOptions.open(language)
    let applied: [AppliedOperation]
    do {
      applied = try store.apply(
        Array(repeating: ProgressChange.undo, count: steps), by: actorOptions.user)
    } catch let error where steps > 1 && Self.nothingToUndo(error) != nil {
      let left = try? store.undoableCount()
      throw CLIError(
        CLIText.tooFewToUndo(steps, left: left, store: Self.nothingToUndo(error) ?? ""))
    } catch let error as any UserFacingError {
      throw CLIError(error.message)
    }
    for operation in applied {
      let done = CLIText.undid(operation.reverts ?? 0, records: operation.changedRecords)
      StandardStreams.out(done(language) + "\n")
    }
  }

  /// The store of a "nothing to undo" refusal, of either kind of store.
  static func nothingToUndo(_ error: any Error) -> String? {
    switch error {
    case StoreError.nothingToUndo(let path): path
    case TeamStoreError.nothingToUndo(let store): store
    default: nil
    }
  }
}
