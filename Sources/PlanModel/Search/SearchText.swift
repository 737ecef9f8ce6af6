/// Matching for `/` filters: Chinese substrings, ids and unit names, case-insensitively.
/// (Pinyin — full or initials — is added by `PinyinIndex`.)
public enum SearchText {
  /// True when every space-separated word of `query` is found in one of `fields`.
  public static func matches(_ query: String, in fields: [String]) -> Bool {
    let words = query.lowercased().split(separator: " ")
    if words.isEmpty { return true }
    let haystacks = fields.map { $0.lowercased() }
    return words.allSatisfy { word in haystacks.contains { $0.contains(word) } }
  }
}
