import Foundation

/// A region's parent named by a branch of the parent's bureau that bears the region's name
/// (`…市生态环境局X分局` for X县 or the county-level X市): the city whose bureau keeps a branch
/// in the region is the region's parent.
enum BranchBureauParent {
  /// The parent of `region` the text names so, or nil.
  static func parent(of region: String, in text: String) -> String? {
    guard region.count >= 3 else { return nil }
    let root = NSRegularExpression.escapedPattern(for: String(region.dropLast()))
    let pattern = #"\p{Han}{2}市\p{Han}{1,10}?局"# + root + "分局"
    guard let found = text.range(of: pattern, options: .regularExpression) else { return nil }
    let parent = String(text[found].prefix(3))
    return parent == region ? nil : parent
  }
}
