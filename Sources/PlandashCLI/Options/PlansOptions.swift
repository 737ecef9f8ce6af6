import ArgumentParser
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
    return folder
  }

  /// Loads the plans; any problem in them stops the command with every problem listed.
  func loadCatalog() throws -> (catalog: Catalog, folder: String) {
    let folder = try folder()
    let result = PlanLoader.load(paths: [folder])
    if !result.problems.isEmpty {
      throw CLIError(
        result.problems.map(\.description).joined(separator: "\n")
          + "\n(run `plandash validate \(folder)` for the full list)")
    }
    return (Catalog(plans: result.plans), folder)
  }
}
