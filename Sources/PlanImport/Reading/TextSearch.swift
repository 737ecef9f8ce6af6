/// Finding a word in a text by its UTF-8 bytes. Foundation's `range(of:)` bridges the whole
/// text to `NSString` and copies it to UTF-16 at every call; the rules ask it tens of thousands
/// of times of a plan's paragraphs, which made it 45% of a draft's time. A plan's text is
/// folded before the rules read it (full-width forms as ASCII, canonical composed form:
/// `DocumentText.foldingFullWidthForms`), so comparing bytes finds what Foundation's
/// comparison finds — but for a word that ends inside a character (`e` before a combining
/// mark), which the rules' words never do.
extension StringProtocol {
  /// The first place `word` stands in the text (the last with `backwards`), nil for none or
  /// for an empty word.
  func textRange(of word: some StringProtocol, backwards: Bool = false) -> Range<String.Index>? {
    let needle = Array(word.utf8)
    guard !needle.isEmpty else { return nil }
    let found =
      utf8.withContiguousStorageIfAvailable { bytes in
        TextSearch.offset(of: needle, in: bytes, backwards: backwards)
      }
      ?? Array(utf8).withUnsafeBufferPointer { bytes in
        TextSearch.offset(of: needle, in: bytes, backwards: backwards)
      }
    guard let found else { return nil }
    let lower = utf8.index(utf8.startIndex, offsetBy: found)
    return lower..<utf8.index(lower, offsetBy: needle.count)
  }

  /// Whether `word` stands in the text — the byte search, for every `text.contains("…")` of the
  /// rules: a `String` argument makes this overload more specific than Foundation's generic
  /// `contains<T: StringProtocol>(_:)`, which goes through `range(of:)` and its UTF-16 copy.
  func contains(_ word: String) -> Bool {
    textRange(of: word) != nil
  }
}

enum TextSearch {
  /// The byte offset of `needle` in `bytes`, the first or the last. A match starts with the
  /// needle's first byte, never a continuation byte, so it starts a Unicode scalar.
  static func offset(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, backwards: Bool)
    -> Int?
  {
    let count = needle.count
    guard count <= bytes.count else { return nil }
    let starts = 0...(bytes.count - count)
    let first = needle[0]
    let matches = { (start: Int) -> Bool in
      guard bytes[start] == first else { return false }
      var index = 1
      while index < count, bytes[start + index] == needle[index] { index += 1 }
      return index == count
    }
    return backwards ? starts.reversed().first(where: matches) : starts.first(where: matches)
  }
}
