/// Public read access to the per-character pinyin table behind `/` filtering.
public enum Pinyin {
  /// The toneless readings of one character, lower-case ASCII, with ü given both as `v` and as `u`
  /// (`重` → `chong`, `tong`, `zhong`; `绿` → `lu`, `lv`). Empty for characters the table lacks.
  public static func readings(of character: Unicode.Scalar) -> [String] {
    PinyinIndex.shared.readings(of: character.value).sorted()
  }

  /// The reading a character sorts by (its usual one: `合` → `he`), lower-case ASCII; nil for
  /// characters the table lacks. Drafted plans take their ids from it.
  public static func usualReading(of character: Unicode.Scalar) -> String? {
    PinyinIndex.shared.sortReading(of: character.value).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Number of distinct characters in the table (about 42,000).
  public static var characterCount: Int { PinyinIndex.shared.characterCount }

  /// Where the table was generated from.
  public static var source: String { PinyinTable.source }
}
