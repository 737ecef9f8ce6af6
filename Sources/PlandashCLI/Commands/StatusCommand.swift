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
    let (catalog, folder) = try plansOptions.loadCatalog()
    if let region, catalog.plan(forRegion: region) == nil {
      let regions = catalog.plans.map(\.region.id)
      let closest = regions.sorted {
        (EditDistance.between($0, region), $0) < (EditDistance.between($1, region), $1)
      }
      throw CLIError(
        "unknown region \(region) (closest: \(closest.prefix(3).joined(separator: ", ")))")
    }
    // Reading only: no store is created where none exists yet.
    let snapshot = try storeOptions.existingSnapshot(plansFolder: folder) ?? ProgressSnapshot()
    if orphans {
      printOrphans(OrphanProgress(snapshot: snapshot, catalog: catalog), snapshot: snapshot)
      return
    }
    let lines = StatusSummary.lines(catalog: catalog, snapshot: snapshot, region: region)
    let rows = lines.map { line -> [String] in
      let name = String(repeating: "  ", count: line.depth) + line.name
      return [name, line.id ?? ""]
        + MeasureStatus.allCases.map { String(line.counts[$0]) } + [String(line.counts.total)]
    }
    StandardStreams.out(
      TextTable.render(
        header: ["region / cluster", "id"] + MeasureStatus.allCases.map(\.rawValue) + ["total"],
        rows: rows, rightAligned: Set(2...6)))
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
