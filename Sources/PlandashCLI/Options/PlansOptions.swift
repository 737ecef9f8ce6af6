import ArgumentParser
import Foundation
import PlanFiles
import PlanModel

/// `--plans DIR`, shared by every subcommand that reads plans.
struct PlansOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The plans folder (default: $PLANDASH_PLANS, else the shipped SampleData).",
      valueName: "dir"))
  var plans: String?

  /// The resolved plans folder.
  func folder() throws -> String {
    guard let folder = PlansLocator.resolve(option: plans) else {
      throw CLIError("no plans folder: pass --plans DIR or set PLANDASH_PLANS")
    }
    guard FileManager.default.fileExists(atPath: folder) else {
      throw CLIError("--plans \(folder): no such file or folder")
    }
    return folder
  }

  /// Loads plans through the content-keyed cache, with a progress bar on a terminal
  /// (`showProgress: false` while the dashboard owns the screen).
  static func load(_ paths: [String], cacheKey: String, showProgress: Bool = true) -> LoadResult {
    let cache = PlanCache(path: PlanCache.defaultPath(forPlans: cacheKey))
    guard showProgress else { return PlanLoader.load(paths: paths, cache: cache) }
    let bar = LoadProgressBar()
    let result = PlanLoader.load(paths: paths, cache: cache, progress: bar.update)
    bar.finish()
    return result
  }

  /// Refuses a `--region` that no loaded plan has, naming the closest region ids.
  static func requireRegion(_ region: String?, in catalog: Catalog) throws {
    guard let region, catalog.plan(forRegion: region) == nil else { return }
    let closest = EditDistance.closest(to: region, among: catalog.plans.map(\.region.id))
    throw CLIError("unknown region \(region) (closest: \(closest.joined(separator: ", ")))")
  }

  /// Loads the plans; any problem in them stops the command with every problem listed.
  func loadCatalog() throws -> (catalog: Catalog, folder: String) {
    let folder = try folder()
    let result = Self.load([folder], cacheKey: folder)
    if !result.problems.isEmpty {
      let shown = result.problems.prefix(20).map(\.description).joined(separator: "\n")
      let more = result.problems.count > 20 ? "\n… and \(result.problems.count - 20) more" : ""
      throw CLIError(
        "the plans in \(folder) have problems:\n" + shown + more
          + "\n(run `plandash validate \(folder)` for the full list)")
    }
    return (result.catalog, folder)
  }
}
