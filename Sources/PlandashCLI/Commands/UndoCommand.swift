import ArgumentParser
import PlanModel
import ProgressStore
import TeamStore

/// `plandash undo [--steps N]`: takes back the newest changes not yet undone (all N or
/// none), and logs each undo.
struct UndoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "undo", abstract: "Take back the most recent change (or N of them).")

  @Option(help: ArgumentHelp("How many changes to take back.", valueName: "n"))
  var steps: Int = 1

  /// Accepted as by every store command; the one store serves every plans folder.
  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var actorOptions: ActorOptions

  func run() throws {
    guard steps >= 1 else { throw CLIError("--steps \(steps): give a number from 1 up") }
    let store = try storeOptions.open()
    let applied: [AppliedOperation]
    do {
      applied = try store.apply(
        Array(repeating: ProgressChange.undo, count: steps), by: actorOptions.user)
    } catch let error where steps > 1 && Self.nothingToUndo(error) != nil {
      let path = Self.nothingToUndo(error) ?? ""
      let left =
        switch try? store.undoableCount() {
        case 1?: "only 1 change is"
        case let count?: "only \(count) changes are"
        case nil: "fewer than \(steps) changes are"
        }
      throw CLIError(
        "--steps \(steps): \(left) left to undo in store \(path); nothing was undone")
    } catch let error as StoreError {
      throw CLIError(error.description)
    } catch let error as TeamStoreError {
      throw CLIError(TeamMessages.text(error))
    }
    for operation in applied {
      StandardStreams.out(
        "undid #\(operation.reverts ?? 0) (\(operation.changedRecords) record\(operation.changedRecords == 1 ? "" : "s"))\n"
      )
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
