import Dashboard
import PlanModel

/// A `--region` as typed — an id, the Chinese name (合川区 or 合川) or pinyin (hechuan, hc) —
/// resolved to one loaded region (`RegionLookup`), or refused in one line naming the
/// closest regions or those it could mean.
enum RegionArgument {
  static func resolve(_ text: String?, in catalog: Catalog) throws -> Region? {
    guard let text else { return nil }
    let regions = catalog.plans.map(\.region)
    switch RegionLookup.find(text, in: regions) {
    case .found(let region):
      return region
    case .ambiguous(let fits):
      throw CLIError(CLIText.regionFitsSeveral(text, names(fits)), exitCode: 2)
    case .noMatch(let closest):
      throw CLIError(CLIText.regionNoMatch(text, closest: names(closest)), exitCode: 2)
    }
  }

  /// `合川区 hechuan、成都市 chengdu` (in English joined by commas).
  static func names(_ regions: [Region]) -> Localized {
    ItemText.list(regions.map { $0.name + " " + $0.id })
  }
}
