import ArgumentParser
import PlanModel
import ProgressStore

/// `plandash status [--region ID] [--orphans]`: measure counts by status per region and
/// cluster; with `--orphans`, the progress whose ids are in none of the loaded plans.
struct StatusCommand: ParsableCommand {
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

  func run() throws {
    let (catalog, _) = try storeOptions.loadCatalog(plansOptions)
    try PlansOptions.requireRegion(region, in: catalog)
    // Reading only: no store is created where none exists yet.
    let snapshot = try storeOptions.existingSnapshot() ?? ProgressSnapshot()
    if orphans {
      printOrphans(OrphanProgress(snapshot: snapshot, catalog: catalog), snapshot: snapshot)
      return
    }
    StandardStreams.out(
      StatusTable.render(StatusSummary.lines(catalog: catalog, snapshot: snapshot, region: region)))
  }

  private func printOrphans(_ orphans: OrphanProgress, snapshot: ProgressSnapshot) {
    guard !orphans.isEmpty else {
      StandardStreams.out("no orphaned progress: every recorded id is in the loaded plans\n")
      return
    }
    var rows: [[String]] = []
    for id in orphans.measureIDs {
      let progress = snapshot.measures[id]
      rows.append([id, "status", progress?.status.rawValue ?? "", progress?.note ?? ""])
    }
    for id in orphans.actualIDs {
      for actual in snapshot.actuals[id] ?? [] {
        rows.append([
          id, "actual \(actual.year)", RecordValue.number(actual.value), actual.note ?? "",
        ])
      }
    }
    StandardStreams.out(
      "progress kept for ids in none of the loaded plans (edit the plans or leave it; it is never deleted):\n"
        + TextTable.render(header: ["id", "record", "value", "note"], rows: rows))
  }
}
