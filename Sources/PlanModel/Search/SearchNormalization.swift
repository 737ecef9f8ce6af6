/// The one normal form both sides of a search are put in: Unicode scalars, lower-cased, with
/// full-width ASCII (`ＨＣ２０２５`) folded to ASCII and the ideographic space to a plain space.
/// Queries keep it as code points; keys store it as UTF-16 (half the memory of code points, and
/// nearly every Chinese character is one unit), which the matcher decodes as it scans.
enum SearchNormalization {
  /// `text` as normalised code points.
  static func scalars(of text: String) -> [UInt32] {
    var result: [UInt32] = []
    result.reserveCapacity(text.utf8.count)
    forEachScalar(of: text) { result.append($0) }
    return result
  }

  /// Appends `text`'s normalised code points to `result` as UTF-16.
  static func appendUTF16(_ text: String, to result: inout [UInt16]) {
    forEachScalar(of: text) { value in
      if value < 0x10000 {
        result.append(UInt16(truncatingIfNeeded: value))
      } else {
        let offset = value - 0x10000
        result.append(UInt16(truncatingIfNeeded: 0xD800 + (offset >> 10)))
        result.append(UInt16(truncatingIfNeeded: 0xDC00 + (offset & 0x3FF)))
      }
    }
  }

  /// Calls `body` with each normalised code point of `text`.
  @inline(__always)
  static func forEachScalar(of text: String, _ body: (UInt32) -> Void) {
    for scalar in text.unicodeScalars {
      var value = scalar.value
      if value < 0x80 {
        if value >= 0x41 && value <= 0x5A { value += 0x20 }
        body(value)
      } else if isCaseless(value) {
        body(value)
      } else if value >= 0xFF01 && value <= 0xFF5E {
        value -= 0xFEE0
        if value >= 0x41 && value <= 0x5A { value += 0x20 }
        body(value)
      } else if value == 0x3000 {
        body(0x20)
      } else if scalar.properties.changesWhenLowercased {
        for lower in scalar.properties.lowercaseMapping.unicodeScalars { body(lower.value) }
      } else {
        body(value)
      }
    }
  }

  /// The code point starting at `units[i]`, advancing `i` past it (one unit, or a surrogate pair).
  @inline(__always)
  static func decode(_ units: UnsafeBufferPointer<UInt16>, _ i: inout Int) -> UInt32 {
    let unit = UInt32(units[i])
    i += 1
    if unit & 0xFC00 == 0xD800, i < units.count {
      let low = UInt32(units[i])
      if low & 0xFC00 == 0xDC00 {
        i += 1
        return 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
      }
    }
    return unit
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
