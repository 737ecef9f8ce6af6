import ArgumentParser
import PlanModel
import ProgressStore

/// `plandash actual delete ID --year Y`: removes one recorded figure, as one logged change
/// that `undo` takes back (and `redo` deletes again).
struct ActualDeleteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "delete", abstract: "Delete one recorded actual figure (undo brings it back).")

  @Argument(help: "The item whose figure to delete (an id as for `actual set`).")
  var id: String

  // Read as text so a bad one gets a one-line message naming it.
  @Option(help: ArgumentHelp("The year of the figure.", valueName: "year"))
  var year: String

  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var actorOptions: ActorOptions

  func run() throws {
    guard let year = TypedNumber.whole(year) else {
      throw CLIError("--year \(year): not a year (a whole number such as 2024)")
    }
    // Nothing is created or written unless the figure is there to delete.
    let store = try storeOptions.openExisting()
    let recorded = try store.map { store in try storeFailures { try store.actuals(of: id) } } ?? []
    guard let store, let figure = recorded.first(where: { $0.year == year }) else {
      throw try refusal(year: year, recorded: recorded)
    }
    let applied = try storeFailures {
      try store.apply(.deleteActual(itemID: id, year: year), by: actorOptions.user)
    }
    // Another process may have deleted it in between: then nothing was logged.
    guard let operation = applied.operation else { throw noFigure(year: year, recorded: []) }
    StandardStreams.out(
      "\(id) \(year) = \(RecordValue.number(figure.value)) deleted as #\(operation) "
        + "(plandash undo brings it back)\n")
  }

  /// Why nothing can be deleted: an id the plans do not know (or that takes no figures),
  /// else no figure recorded for that year. Progress of an id since removed from the plans
  /// can still be deleted, so the id is checked only when it has no figure at all.
  private func refusal(year: Int, recorded: [Actual]) throws -> CLIError {
    if recorded.isEmpty {
      let (catalog, _) = try storeOptions.loadCatalog(plansOptions)
      switch ActualRules(catalog: catalog).problem(id, year: year) {
      case nil, .yearOutsidePlan?: break
      case let problem?: return CLIError(problem.description)
      }
    }
    return noFigure(year: year, recorded: recorded)
  }

  private func noFigure(year: Int, recorded: [Actual]) -> CLIError {
    let years = recorded.map { String($0.year) }.joined(separator: ", ")
    return CLIError(
      "no actual figure of \(id) for \(year) "
        + (years.isEmpty ? "is recorded" : "(recorded years: \(years))") + "; nothing was deleted")
  }
}
