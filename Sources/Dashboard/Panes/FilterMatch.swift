import PlanModel

/// The one place every `/` filter and `:region` lookup decides what matches: `PlanModel`'s
/// search — Chinese substrings, ids and unit names case-insensitively, and pinyin, full or
/// initials (`hechuan`, `hc`, `xjr`). Lists are filtered through a `SearchIndex` built once
/// per list, and a query that only grew narrows the previous keystroke's result.
enum FilterMatch {
  /// One record against a query (for one-off lookups such as `:region`).
  static func matches(_ query: String, _ fields: [String]) -> Bool {
    SearchText.matches(query, in: fields)
  }

  /// The positions in `index` that `query` matches, narrowing `previous` when the query only
  /// got longer since.
  static func positions(
    _ query: PreparedQuery, in index: SearchIndex,
    previous: (query: PreparedQuery, positions: [Int])?
  ) -> [Int] {
    if let previous, query.narrows(previous.query) {
      return index.matchingIndices(query, among: previous.positions)
    }
    return index.matchingIndices(query)
  }
}
