/// A `/` filter query, compiled once per keystroke and then tested against many `SearchKey`s.
///
/// The query is split into words at white space (the ideographic space included); a key matches
/// when every word matches somewhere in it (in any one of its fields). See `QueryWord` for how a
/// word matches: Chinese, ids and other text as case-insensitive substrings, and pinyin — full
/// readings, initials, or a mix of both and of Chinese characters (`hechuan`, `hc`, `he川`).
public struct PreparedQuery: Sendable {
  /// The query as typed.
  public let text: String
  /// The normalised scalars of the whole query (for `narrows(_:)`).
  let normalized: [UInt32]
  let words: [QueryWord]

  public init(_ text: String) {
    self.text = text
    let normalized = SearchNormalization.scalars(of: text)
    self.normalized = normalized
    self.words = normalized.split(whereSeparator: SearchNormalization.isSeparator).map {
      QueryWord(scalars: Array($0))
    }
  }

  /// True when the query has no words, and so matches everything.
  public var isEmpty: Bool { words.isEmpty }

  /// The number of words all of which must match.
  public var wordCount: Int { words.count }

  /// Runs `body` with the words' scanners, keeping the words alive meanwhile.
  func withScanners<R>(_ body: (UnsafeBufferPointer<WordScanner>) -> R) -> R {
    withExtendedLifetime(words) {
      words.map(\.scanner).withUnsafeBufferPointer(body)
    }
  }

  /// True when every key this query matches is also matched by `previous` — it is `previous` with
  /// more typed at the end — so a caller may filter `previous`'s results instead of everything.
  public func narrows(_ previous: PreparedQuery) -> Bool {
    normalized.starts(with: previous.normalized)
  }
}
