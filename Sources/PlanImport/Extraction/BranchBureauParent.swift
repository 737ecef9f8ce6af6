import Foundation

/// A region's parent named by a branch of the parent's bureau that bears the region's name
/// (`…市生态环境局X分局` for X县 or the county-level X市): the city whose bureau keeps a branch
/// in the region is the region's parent.
enum BranchBureauParent {
  /// The parent of `region` the text names so, or nil.
  static func parent(of region: String, in text: String) -> String? {
    guard region.count >= 3 else { return nil }
    let root = NSRegularExpression.escapedPattern(for: String(region.dropLast()))
    // The city's name stands after no other Han character (`会同市…局` names none).
    let pattern = #"(?<!\p{Han})\p{Han}{2,3}市\p{Han}{1,10}?局"# + root + "分局"
    guard let found = text.range(of: pattern, options: .regularExpression),
      let city = text[found].firstIndex(of: "市")
    else { return nil }
    let parent = String(text[found.lowerBound...city])
    guard !RegionGuess.notNames.contains(parent) else { return nil }
    return parent == region ? nil : parent
  }
}
