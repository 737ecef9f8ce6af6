/// Matching for `/` filters: Chinese substrings, ids and unit names case-insensitively, and pinyin
/// (full or initials, polyphonic characters by any reading). See `PreparedQuery` and `QueryWord`.
///
/// This is the convenience form for a one-off test; to filter many records per keystroke, build a
/// `SearchKey` per record once and a `PreparedQuery` per keystroke, and call `SearchKey.matches(_:)`.
public enum SearchText {
  /// True when every space-separated word of `query` matches within one of `fields`.
  public static func matches(_ query: String, in fields: [String]) -> Bool {
    let prepared = PreparedQuery(query)
    if prepared.isEmpty { return true }
    return SearchKey(fields: fields).matches(prepared)
  }
}
