import ArgumentParser
import Dashboard
import PlanModel
import ProgressStore

/// `plandash status [--region ID] [--orphans]`: measure counts by status per region and
/// cluster; with `--orphans`, the progress whose ids are in none of the loaded plans.
struct StatusCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Count measures by status, per region and cluster; or list orphaned progress.")

  @Option(help: ArgumentHelp("Only this region.", valueName: "id"))
  var region: String?

  @Flag(
    help: "List recorded progress whose ids are in none of the loaded plans (kept, never deleted).")
  var orphans = false

  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let language = languageOptions.resolve()
    // The orphans are found among every plan's ids; one region's counts need its plan alone.
    let (catalog, _) = try storeOptions.loadCatalog(
      plansOptions, language, touching: orphans ? nil : .region(region))
    try PlansOptions.requireRegion(region, in: catalog)
    // Reading only: no store is created where none exists yet.
    let snapshot = try storeOptions.existingSnapshot(language) ?? ProgressSnapshot()
    if orphans {
      printOrphans(
        OrphanProgress(snapshot: snapshot, catalog: catalog), snapshot: snapshot,
        language: language)
      return
    }
    StandardStreams.out(
      StatusTable.render(
        StatusSummary.lines(catalog: catalog, snapshot: snapshot, region: region), language))
  }

  private func printOrphans(
    _ orphans: OrphanProgress, snapshot: ProgressSnapshot, language: Language
  ) {
    guard !orphans.isEmpty else {
      StandardStreams.out(CLIText.noOrphans(language) + "\n")
      return
    }
    var rows: [[String]] = []
    for id in orphans.measureIDs {
      let progress = snapshot.measures[id]
      rows.append([
        id, CLIText.statusRecord(language),
        progress.map { CLIText.status($0.status)(language) } ?? "", progress?.note ?? "",
      ])
    }
    for id in orphans.actualIDs {
      for actual in snapshot.actuals[id] ?? [] {
        rows.append([
          id, CLIText.actualRecord(actual.year)(language), RecordValue.number(actual.value),
          actual.note ?? "",
        ])
      }
    }
    StandardStreams.out(
      CLIText.orphansFollow(language) + "\n"
        + TextTable.render(
          header: CLIText.Header.row([.id, .record, .value, .note], language), rows: rows))
  }
}
