/// Where each plan's blob lies in the load cache: fixed-size records (content hash, offset,
/// length; 32 bytes, little-endian) sorted by hash and searched in place. A command that
/// reads one plan out of 3,000 looks up one hash; building a dictionary of all of them
/// cost it more than the lookup (docs/benchmarks.md, issue 15).
struct CacheBlobTable: Sendable {
  static let recordSize = 32

  private let bytes: [UInt8]
  let count: Int

  /// The table stored as `bytes` (`count` records), or nil when the bytes cannot be one.
  init?(bytes: [UInt8], count: Int) {
    guard count >= 0, bytes.count == count * Self.recordSize else { return nil }
    self.bytes = bytes
    self.count = count
  }

  static let empty = CacheBlobTable(bytes: [], count: 0)!

  /// The records of `entries`, sorted by hash (a hash appears once).
  static func encode(_ entries: [(hash: ContentHash, offset: Int, length: Int)]) -> [UInt8] {
    var w = BinaryWriter(capacity: entries.count * recordSize)
    for entry in entries.sorted(by: { ($0.hash.high, $0.hash.low) < ($1.hash.high, $1.hash.low) }) {
      w.fixed64(entry.hash.high)
      w.fixed64(entry.hash.low)
      w.fixed64(UInt64(entry.offset))
      w.fixed64(UInt64(entry.length))
    }
    return w.bytes
  }

  /// The blob's place for `hash`, or nil.
  func place(of hash: ContentHash) -> (offset: Int, length: Int)? {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      let key = (word(middle, 0), word(middle, 1))
      if key == (hash.high, hash.low) {
        return (Int(clamping: word(middle, 2)), Int(clamping: word(middle, 3)))
      }
      if key < (hash.high, hash.low) { low = middle + 1 } else { high = middle }
    }
    return nil
  }

  private func word(_ record: Int, _ field: Int) -> UInt64 {
    let start = record * Self.recordSize + field * 8
    return bytes.withUnsafeBytes {
      UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: start, as: UInt64.self))
    }
  }
}
