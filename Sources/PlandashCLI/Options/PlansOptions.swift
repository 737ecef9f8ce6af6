import ArgumentParser
import Dashboard
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
      // Name where the folder came from: the option, or the environment variable.
      throw CLIError(
        (plans != nil ? "--plans " : "PLANDASH_PLANS=") + "\(folder): no such file or folder")
    }
    return folder
  }

  /// Loads plans through the content-keyed cache, with a progress bar on a terminal
  /// (`showProgress: false` while the dashboard owns the screen).
  static func load(_ paths: [String], cacheKey: String, showProgress: Bool = true) -> LoadResult {
    let cache = PlanCache(path: PlanCache.defaultPath(forPlans: cacheKey))
    let result: LoadResult
    if showProgress {
      let bar = LoadProgressBar()
      result = PlanLoader.load(paths: paths, cache: cache, progress: bar.update)
      bar.finish()
    } else {
      result = PlanLoader.load(paths: paths, cache: cache)
    }
    LoadedPlansKeeper.keep(result)
    return result
  }

  /// Refuses a `--region` that no loaded plan has, naming the closest region ids.
  static func requireRegion(_ region: String?, in catalog: Catalog) throws {
    guard let region, catalog.plan(forRegion: region) == nil else { return }
    let closest = EditDistance.closest(to: region, among: catalog.plans.map(\.region.id))
    throw CLIError("unknown region \(region) (closest: \(closest.joined(separator: ", ")))")
  }

  /// Refuses a `--unit` that no 牵头/责任单位 of the plans in scope contains, naming the
  /// closest unit names: a report filtered by a misspelt unit would read "nothing late".
  static func requireUnit(
    _ unit: String?, in catalog: Catalog, region: String?, _ lang: Language = .en
  ) throws {
    guard let unit else { return }
    var names: Set<String> = []
    for plan in catalog.plans where region == nil || plan.region.id == region {
      for measure in plan.measures {
        names.formUnion(measure.leadUnits + measure.responsibleUnits)
      }
      for cluster in plan.clusters { names.formUnion(cluster.leadUnits + cluster.responsibleUnits) }
    }
    guard !names.contains(where: { $0.contains(unit) }) else { return }
    let closest = EditDistance.closestNames(to: unit, among: names)
    if lang == .zh {
      throw CLIError(
        "--unit \(unit)：没有哪个牵头/责任单位含有它"
          + (closest.isEmpty ? "" : "（最接近：\(closest.joined(separator: "、"))）"))
    }
    throw CLIError(
      "--unit \(unit): no 牵头/责任单位 contains it"
        + (closest.isEmpty ? "" : " (closest: \(closest.joined(separator: ", ")))"))
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
