/// The id of a heading's row in the Measures pane and of its page: the region and the
/// heading's key behind a mark no plan id holds (ids are lower-case ASCII letters, digits,
/// `-` and `.`), so a heading row is never taken for an item of the plan.
enum HeadingRow {
  private static let mark = "§"

  static func id(region: String, key: String) -> String { mark + region + mark + key }

  /// The region and the heading's key of a heading row's id; nil for any other id.
  static func parse(_ id: String) -> (region: String, key: String)? {
    guard id.hasPrefix(mark) else { return nil }
    let parts = id.dropFirst(mark.count).split(
      separator: Character(mark), maxSplits: 1, omittingEmptySubsequences: false)
    guard parts.count == 2 else { return nil }
    return (String(parts[0]), String(parts[1]))
  }

  static func isHeading(_ id: String) -> Bool { id.hasPrefix(mark) }
}
