/// The one normal form both sides of a search are put in: Unicode scalars, lower-cased, with
/// full-width ASCII (`ＨＣ２０２５`) folded to ASCII and the ideographic space to a plain space.
enum SearchNormalization {
  /// `text` as normalised code points.
  static func scalars(of text: String) -> [UInt32] {
    var result: [UInt32] = []
    result.reserveCapacity(text.utf8.count)
    append(text, to: &result)
    return result
  }

  /// Appends `text`'s normalised code points to `result`.
  static func append(_ text: String, to result: inout [UInt32]) {
    for scalar in text.unicodeScalars {
      var value = scalar.value
      if value < 0x80 {
        if value >= 0x41 && value <= 0x5A { value += 0x20 }
        result.append(value)
      } else if isCaseless(value) {
        result.append(value)
      } else if value >= 0xFF01 && value <= 0xFF5E {
        value -= 0xFEE0
        if value >= 0x41 && value <= 0x5A { value += 0x20 }
        result.append(value)
      } else if value == 0x3000 {
        result.append(0x20)
      } else if scalar.properties.changesWhenLowercased {
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
          result.append(lower.value)
        }
      } else {
        result.append(value)
      }
    }
  }

  /// True for the CJK ranges (radicals to Yi, and the supplementary ideographic planes), which have
  /// no case and need no property lookup.
  @inline(__always)
  static func isCaseless(_ value: UInt32) -> Bool {
    (value >= 0x3001 && value < 0xA4D0) || value >= 0x20000
  }

  /// True for the characters that separate the words of a query.
  static func isSeparator(_ value: UInt32) -> Bool {
    if value == 0x20 || (value >= 0x09 && value <= 0x0D) { return true }
    guard value >= 0x80, let scalar = Unicode.Scalar(value) else { return false }
    return scalar.properties.isWhitespace
  }
}
