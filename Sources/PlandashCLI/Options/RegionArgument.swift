import Dashboard
import PlanModel

/// A `--region` as typed — an id, the Chinese name (合川区 or 合川) or pinyin (hechuan, hc) —
/// resolved to one loaded region (`RegionLookup`), or refused in one line naming the
/// closest regions or those it could mean.
enum RegionArgument {
  static func resolve(_ text: String?, in catalog: Catalog, _ lang: Language) throws -> Region? {
    guard let text else { return nil }
    let regions = catalog.plans.map(\.region)
    switch RegionLookup.find(text, in: regions) {
    case .found(let region):
      return region
    case .ambiguous(let fits):
      throw CLIError(
        lang == .zh
          ? "--region \(text)：可指多个地区（\(names(fits, lang))），请写全名称或编号"
          : "--region \(text): fits several regions (\(names(fits, lang))); give the full name or the id",
        exitCode: 2)
    case .noMatch(let closest):
      throw CLIError(
        lang == .zh
          ? "--region \(text)：没有这个地区（最接近：\(names(closest, lang))）"
          : "--region \(text): no such region (closest: \(names(closest, lang)))",
        exitCode: 2)
    }
  }

  /// `合川区 hechuan、成都市 chengdu` (in English joined by commas).
  static func names(_ regions: [Region], _ lang: Language) -> String {
    regions.map { $0.name + " " + $0.id }.joined(separator: lang == .zh ? "、" : ", ")
  }
}
