/// Item ids → the number of the plan file holding them, as a hash table laid out for
/// reading one bucket from disk: a lookup reads two offsets and one bucket (a few hundred
/// bytes), never the whole table of 200,000 ids.
///
/// Layout: the bucket count (8 bytes), `count + 1` bucket offsets (8 bytes each, from the
/// start of the bucket data), then the buckets, each its ids and file numbers.
enum IDTable {
  /// The table for `ids` (id, file number), about eight ids a bucket.
  static func bytes(_ ids: [(id: String, file: Int)]) -> [UInt8] {
    var bucketCount = 1
    while bucketCount * 8 < ids.count { bucketCount *= 2 }
    var buckets = Array(repeating: [(id: String, file: Int)](), count: bucketCount)
    for item in ids { buckets[bucket(of: item.id, count: bucketCount)].append(item) }
    var data = BinaryWriter(capacity: ids.count * 24)
    var offsets: [Int] = [0]
    for bucket in buckets {
      data.uint(UInt64(bucket.count))
      for item in bucket {
        data.string(item.id)
        data.uint(UInt64(item.file))
      }
      offsets.append(data.bytes.count)
    }
    var table = BinaryWriter(capacity: 8 * (bucketCount + 2) + data.bytes.count)
    table.fixed64(UInt64(bucketCount))
    for offset in offsets { table.fixed64(UInt64(offset)) }
    table.raw(data.bytes)
    return table.bytes
  }

  /// The file number of `id`, reading the table at `start` of the open file `fd`; nil when
  /// the id is in no plan (or the table cannot be read).
  static func file(of id: String, fd: Int32, start: Int) -> Int? {
    guard let head = FileBytes.readRange(fd: fd, offset: start, length: 8) else { return nil }
    var headReader = BinaryReader(head)
    let bucketCount = Int(clamping: headReader.fixed64())
    guard bucketCount > 0, bucketCount < 1 << 40 else { return nil }
    let slot = bucket(of: id, count: bucketCount)
    guard
      let bounds = FileBytes.readRange(fd: fd, offset: start + 8 + slot * 8, length: 16)
    else { return nil }
    var boundsReader = BinaryReader(bounds)
    let from = Int(clamping: boundsReader.fixed64())
    let to = Int(clamping: boundsReader.fixed64())
    let dataStart = start + 8 + (bucketCount + 1) * 8
    guard from <= to, to - from < 1 << 30,
      let bytes = FileBytes.readRange(fd: fd, offset: dataStart + from, length: to - from)
    else { return nil }
    var reader = BinaryReader(bytes)
    guard let count = try? reader.count() else { return nil }
    for _ in 0..<count {
      guard let candidate = try? reader.string(), let file = try? reader.uint() else { return nil }
      if candidate == id { return Int(clamping: file) }
    }
    return nil
  }

  /// FNV-1a over the id's UTF-8: stable across processes (Swift's `Hasher` is seeded anew
  /// in each one).
  static func bucket(of id: String, count: Int) -> Int {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return Int(hash & UInt64(count - 1))
  }
}
