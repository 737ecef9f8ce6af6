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
      throw CLIError(CLIText.noPlansFolder)
    }
    guard FileManager.default.fileExists(atPath: folder) else {
      // Name where the folder came from: the option, or the environment variable.
      throw CLIError(
        CLIText.noSuchPath((plans != nil ? "--plans " : "PLANDASH_PLANS=") + folder))
    }
    return folder
  }

  /// Loads plans through the content-keyed cache, with a progress bar on a terminal
  /// (`showProgress: false` while the dashboard owns the screen).
  static func load(
    _ paths: [String], cacheKey: String, language: Language, showProgress: Bool = true
  ) -> LoadResult {
    let cache = PlanCache(path: PlanCache.defaultPath(forPlans: cacheKey))
    let result: LoadResult
    if showProgress {
      let bar = LoadProgressBar(language: language)
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
    throw CLIError(CLIText.unknownRegion(region, closest: closest))
  }

  /// Refuses a `--unit` that no 牵头/责任单位 of the plans in scope contains, naming the
  /// closest unit names: a report filtered by a misspelt unit would read "nothing late".
  static func requireUnit(
    _ unit: String?, in catalog: Catalog, region: String?
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
    throw CLIError(CLIText.noUnit(unit, closest: closest))
  }

  /// Loads the plans (a progress bar in `language` while it takes long); any problem in
  /// them stops the command with the first twenty problems listed. With a `pick`, only the
  /// plans it chooses are read when the folder's index is fresh (`IndexedPlans`): the
  /// index exists only after a clean load, and any change to the files makes it stale.
  /// `lazily` (the dashboard): with a fresh index, a catalog that decodes each plan only
  /// when first asked for it (`Catalog(shelf:)`), so a start costs what its screen shows.
  func loadCatalog(
    _ language: Language, touching pick: PlanPick? = nil, lazily: Bool = false
  ) throws -> (catalog: Catalog, folder: String) {
    let folder = try folder()
    if lazily,
      let indexed = IndexedPlans.open(
        paths: [folder], cache: PlanCache(path: PlanCache.defaultPath(forPlans: folder))),
      indexed.cacheHoldsEveryPlan
    {
      return (Catalog(shelf: indexed), folder)
    }
    if let pick,
      let indexed = IndexedPlans.open(
        paths: [folder], cache: PlanCache(path: PlanCache.defaultPath(forPlans: folder))),
      let files = pick.files(indexed), let picked = indexed.load(files)
    {
      LoadedPlansKeeper.keep(picked)
      return (picked.catalog, folder)
    }
    let result = Self.load([folder], cacheKey: folder, language: language)
    if !result.problems.isEmpty {
      var lines = [CLIText.plansHaveProblems(folder)] + result.problems.prefix(20).map(\.localized)
      if result.problems.count > 20 {
        lines.append(CLIText.moreProblems(result.problems.count - 20))
      }
      lines.append(CLIText.validateForAll(folder))
      throw CLIError(Localized.joined(lines, separator: Localized(verbatim: "\n")))
    }
    return (result.catalog, folder)
  }
}
