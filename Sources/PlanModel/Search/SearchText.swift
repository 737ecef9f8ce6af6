/// Matching for `/` filters: Chinese substrings, ids and unit names case-insensitively, and pinyin
/// (full or initials, polyphonic characters by any reading). See `QueryWord` for the rule.
///
/// This is the convenience form for a one-off check: it compiles nothing and costs about a
/// microsecond for a short row. To filter many rows at every keystroke, compile the query once
/// (`PreparedQuery`) and match it against each row's `SearchKey`, or better, against a
/// `SearchIndex` of all rows — a compiled query costs tens of microseconds to build but then only
/// tens of nanoseconds per row.
public enum SearchText {
  /// True when every space-separated word of `query` matches within one of `fields`.
  public static func matches(_ query: String, in fields: [String]) -> Bool {
    let words = SearchNormalization.scalars(of: query).split(
      whereSeparator: SearchNormalization.isSeparator)
    if words.isEmpty { return true }
    let key = SearchKey(fields: fields)
    return key.units.withUnsafeBufferPointer { units in
      words.allSatisfy { DirectWordMatcher(word: Array($0), index: .shared).matches(units) }
    }
  }
}
