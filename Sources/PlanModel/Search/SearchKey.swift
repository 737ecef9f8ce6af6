/// The searchable form of a text (or of a record's several fields), built once and matched against
/// each keystroke's `PreparedQuery` without further allocation. To filter thousands of records per
/// keystroke, put their keys in a `SearchIndex`.
///
/// It holds the normalised text (lower-cased, full-width ASCII folded) as UTF-16; pinyin readings come
/// from the shared table during matching. Fields are kept apart, so a query word never matches
/// across the boundary of two fields.
public struct SearchKey: Sendable, Hashable {
  /// Normalised text as UTF-16; fields separated by `separator`.
  let units: [UInt16]

  /// Separates fields: never equal to a query scalar and never a reading, so no match crosses it.
  static let separator: UInt16 = 0

  /// The key of one text.
  public init(_ text: String) {
    var units: [UInt16] = []
    units.reserveCapacity(text.utf16.count)
    SearchNormalization.appendUTF16(text, to: &units)
    self.units = units
  }

  /// The key of a record's fields (e.g. a measure's title, id, lead and responsible units):
  /// every query word must match within one field, different words may match different fields.
  public init(fields: [String]) {
    var units: [UInt16] = []
    units.reserveCapacity(fields.reduce(fields.count) { $0 + $1.utf8.count })
    for (i, field) in fields.enumerated() {
      if i > 0 { units.append(Self.separator) }
      SearchNormalization.appendUTF16(field, to: &units)
    }
    self.units = units
  }

  /// True when every word of `query` matches within one field of this key (an empty query
  /// matches every key).
  public func matches(_ query: PreparedQuery) -> Bool {
    query.withScanners { matches($0) }
  }

  @inline(__always)
  func matches(_ scanners: UnsafeBufferPointer<WordScanner>) -> Bool {
    units.withUnsafeBufferPointer { $0.matches(scanners) }
  }
}
