/// Finds a loaded region by what a user types: its id (`hechuan`), its Chinese name
/// (`合川区`, or `合川` without the level), or the pinyin of its name, full or initials
/// (`hechuan`, `hc`), matched as the `/` filter matches (`SearchText`). Never guesses: a text
/// that fits several regions, or none, says so with their names.
public enum RegionLookup {
  public enum Result: Equatable, Sendable {
    /// The one region meant.
    case found(Region)
    /// Several regions fit (each once, in plan order).
    case ambiguous([Region])
    /// None fits; the closest regions by spelling, nearest first.
    case noMatch(closest: [Region])
  }

  public static func find(_ text: String, in regions: [Region]) -> Result {
    let typed = text.trimmingSpaces
    let lowered = typed.lowercased()
    if let region = regions.first(where: { $0.id.lowercased() == lowered }) {
      return .found(region)
    }
    let byName = regions.filter { $0.name == typed || shortName(of: $0) == typed }
    if byName.count == 1 { return .found(byName[0]) }
    let fits = byName.isEmpty ? regions.filter { fitsName(typed, $0) } : byName
    switch fits.count {
    case 1: return .found(fits[0])
    case 0: return .noMatch(closest: closest(to: typed, among: regions))
    default: return .ambiguous(fits)
    }
  }

  /// The name without its level (`合川区` → `合川`), where that leaves something.
  static func shortName(of region: Region) -> String? {
    guard region.name.hasSuffix(region.level.rawValue), region.name.count > 2 else { return nil }
    return String(region.name.dropLast())
  }

  /// Chinese (a part of the name), pinyin (full or initials) or a part of the id.
  static func fitsName(_ text: String, _ region: Region) -> Bool {
    guard !text.isEmpty else { return false }
    return SearchText.matches(text, in: [region.name])
      || region.id.lowercased().contains(text.lowercased())
  }

  /// The three regions nearest `text` by edit distance to their id or name.
  static func closest(to text: String, among regions: [Region], limit: Int = 3) -> [Region] {
    let scored = regions.enumerated().map { index, region in
      (
        region, index,
        min(
          EditDistance.between(region.id, text.lowercased()),
          EditDistance.between(region.name, text))
      )
    }
    return scored.sorted { ($0.2, $0.1) < ($1.2, $1.1) }.prefix(limit).map(\.0)
  }
}
