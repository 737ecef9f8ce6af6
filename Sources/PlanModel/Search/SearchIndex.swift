/// Many `SearchKey`s stored one after another in a single buffer — the fast way to filter a whole
/// list (all 180,000 measures) at every keystroke. Scanning contiguous memory streams through the
/// cache, where one heap object per key would cost a cache miss per key.
///
/// Positions are those of the keys in the order they were added; the caller keeps its records in
/// the same order (or maps positions back to ids).
public struct SearchIndex: Sendable {
  /// The units of all keys, one key after another.
  private var units: [UInt16] = []
  /// `ends[i]` is where key `i` ends in `units` (it starts where key `i - 1` ends).
  private var ends: [Int] = []

  /// An empty index.
  public init() {}

  /// An index of `keys`, in order.
  public init(_ keys: some Sequence<SearchKey>) {
    for key in keys { append(key) }
  }

  /// An index of records, each given by its fields (see `SearchKey.init(fields:)`).
  public init(records: some Sequence<[String]>) {
    for fields in records { append(SearchKey(fields: fields)) }
  }

  /// Adds a key at position `count`.
  public mutating func append(_ key: SearchKey) {
    units.append(contentsOf: key.units)
    ends.append(units.count)
  }

  /// Reserves room for `count` keys of about `unitsPerKey` characters each.
  public mutating func reserveCapacity(_ count: Int, unitsPerKey: Int = 64) {
    ends.reserveCapacity(count)
    units.reserveCapacity(count * unitsPerKey)
  }

  /// The number of keys.
  public var count: Int { ends.count }

  /// True when the key at `position` matches `query`.
  public func matches(_ query: PreparedQuery, at position: Int) -> Bool {
    query.withScanners { scanners in
      units.withUnsafeBufferPointer { units in
        key(at: position, in: units).matches(scanners)
      }
    }
  }

  /// The positions (within `range`, all by default) of the keys `query` matches, in order. To use
  /// several cores, split the range and join the results.
  public func matchingIndices(_ query: PreparedQuery, range: Range<Int>? = nil) -> [Int] {
    let range = range ?? 0..<count
    if query.isEmpty { return Array(range) }
    var result: [Int] = []
    query.withScanners { scanners in
      units.withUnsafeBufferPointer { units in
        for position in range where key(at: position, in: units).matches(scanners) {
          result.append(position)
        }
      }
    }
    return result
  }

  /// The positions, among `candidates`, of the keys `query` matches — for narrowing an earlier
  /// result when `query.narrows(earlier)` says the query only got longer.
  public func matchingIndices(_ query: PreparedQuery, among candidates: [Int]) -> [Int] {
    if query.isEmpty { return candidates }
    return query.withScanners { scanners in
      units.withUnsafeBufferPointer { units in
        candidates.filter { key(at: $0, in: units).matches(scanners) }
      }
    }
  }

  @inline(__always)
  private func key(at position: Int, in units: UnsafeBufferPointer<UInt16>) -> UnsafeBufferPointer<
    UInt16
  > {
    let start = position == 0 ? 0 : ends[position - 1]
    return UnsafeBufferPointer(rebasing: units[start..<ends[position]])
  }
}

extension UnsafeBufferPointer<UInt16> {
  /// True when every scanner's word matches within these units.
  @inline(__always)
  func matches(_ scanners: UnsafeBufferPointer<WordScanner>) -> Bool {
    for scanner in scanners where !scanner.matches(self) { return false }
    return true
  }
}
