import ArgumentParser
import PlanModel
import ProgressStore

/// `plandash actual delete ID --year Y`: removes one recorded figure, as one logged change
/// that `undo` takes back (and `redo` deletes again).
struct ActualDeleteCommand: ParsableCommand, LanguageChoosing {
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
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let language = languageOptions.resolve()
    guard let year = TypedNumber.whole(year) else { throw CLIError(CLIText.badYearOption(year)) }
    // Nothing is created or written unless the figure is there to delete.
    let store = try storeOptions.openExisting(language)
    let recorded = try store.map { store in try storeFailures { try store.actuals(of: id) } } ?? []
    guard let store, let figure = recorded.first(where: { $0.year == year }) else {
      throw try refusal(year: year, recorded: recorded, language)
    }
    let applied = try storeFailures {
      try store.apply(.deleteActual(itemID: id, year: year), by: actorOptions.user)
    }
    let item = named(in: try? plansOptions.loadCatalog(language, touching: .items([id])).catalog)
    // Another process may have deleted it in between: then nothing was logged.
    guard let operation = applied.operation else {
      throw CLIError(CLIText.noFigureToDelete(item, year, recorded: []))
    }
    let done = CLIText.actualDeleted(
      item, year, RecordValue.number(figure.value), operation: operation)
    StandardStreams.out(done(language) + "\n")
  }

  /// Why nothing can be deleted: an id the plans do not know (or that takes no figures),
  /// else no figure recorded for that year. Progress of an id since removed from the plans
  /// can still be deleted, so the id is checked only when it has no figure at all.
  private func refusal(year: Int, recorded: [Actual], _ language: Language) throws -> CLIError {
    if recorded.isEmpty {
      let (catalog, _) = try storeOptions.loadCatalog(
        plansOptions, language, touching: .items([id]))
      switch ActualRules(catalog: catalog).problem(id, year: year) {
      case nil, .yearOutsidePlan?: break
      case let problem?: return CLIError(problem.text(naming: catalog, typed: true))
      }
      return CLIError(CLIText.noFigureToDelete(named(in: catalog), year, recorded: []))
    }
    let item = named(in: try? plansOptions.loadCatalog(language, touching: .items([id])).catalog)
    return CLIError(CLIText.noFigureToDelete(item, year, recorded: recorded.map(\.year)))
  }

  /// The item by its title with the id as typed after it; the id alone where the plans
  /// cannot be read or no longer hold it (its figures can still be deleted).
  private func named(in catalog: Catalog?) -> Localized {
    catalog.map { ItemText.named(id, in: $0, typed: true) } ?? Localized(verbatim: id)
  }
}
