import Glibc
import PlanModel

/// The one place every `/` filter and `:region` lookup decides what matches.
///
/// A row matches when every space-separated word of the query is a substring of one of its
/// fields, case-insensitively — `SearchText`'s rule, run here on pre-lowered bytes for speed.
/// Rows this misses go on to `SearchText.matches` itself when the query is plain ASCII
/// letters, which is where pinyin matching (full or initials) arrives: whatever `SearchText`
/// learns, every list here learns too.
enum FilterMatch {
  /// The query, lower-cased and split into words, ready for `matches(_:haystack:fields:)`.
  struct Query {
    var text: String
    var words: [[UInt8]]
    var mayBePinyin: Bool

    init(_ text: String) {
      self.text = text
      words = text.lowercased().split(separator: " ").map { Array($0.utf8) }
      mayBePinyin =
        !words.isEmpty
        && text.unicodeScalars.allSatisfy {
          $0.isASCII && ($0.properties.isAlphabetic || $0 == " ")
        }
    }
  }

  static func matches(_ query: String, _ fields: [String]) -> Bool {
    SearchText.matches(query, in: fields)
  }

  static func matches(_ query: Query, haystack: [UInt8], fields: () -> [String]) -> Bool {
    if query.words.isEmpty { return true }
    let found = haystack.withUnsafeBytes { hay in
      query.words.allSatisfy { word in
        word.withUnsafeBytes { needle in contains(hay, needle) }
      }
    }
    if found { return true }
    return query.mayBePinyin && SearchText.matches(query.text, in: fields())
  }

  /// Byte substring search: `memchr` to the next candidate first byte, then `memcmp`.
  static func contains(_ hay: UnsafeRawBufferPointer, _ needle: UnsafeRawBufferPointer) -> Bool {
    let n = needle.count
    if n == 0 { return true }
    guard let base = hay.baseAddress, let pattern = needle.baseAddress, hay.count >= n else {
      return false
    }
    let first = Int32(needle[0])
    var offset = 0
    let lastStart = hay.count - n
    while offset <= lastStart {
      guard let hit = memchr(base + offset, first, lastStart - offset + 1) else { return false }
      let position = UnsafeRawPointer(hit) - base
      if memcmp(hit, pattern, n) == 0 { return true }
      offset = position + 1
    }
    return false
  }
}
