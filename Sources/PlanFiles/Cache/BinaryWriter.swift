/// Appends values to a byte buffer: varints, length-prefixed UTF-8, IEEE doubles.
struct BinaryWriter {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

  mutating func uint(_ value: UInt64) {
    var v = value
    while v >= 0x80 {
      bytes.append(UInt8(v & 0x7F) | 0x80)
      v >>= 7
    }
    bytes.append(UInt8(v))
  }

  mutating func int(_ value: Int) { uint(UInt64(bitPattern: Int64(value))) }

  mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

  mutating func double(_ value: Double) {
    var bits = value.bitPattern
    for _ in 0..<8 {
      bytes.append(UInt8(bits & 0xFF))
      bits >>= 8
    }
  }

  mutating func string(_ value: String) {
    let utf8 = value.utf8
    uint(UInt64(utf8.count))
    bytes.append(contentsOf: utf8)
  }

  mutating func optionalString(_ value: String?) {
    bool(value != nil)
    if let value { string(value) }
  }

  mutating func optionalInt(_ value: Int?) {
    bool(value != nil)
    if let value { int(value) }
  }

  mutating func optionalDouble(_ value: Double?) {
    bool(value != nil)
    if let value { double(value) }
  }

  mutating func strings(_ values: [String]) {
    uint(UInt64(values.count))
    for value in values { string(value) }
  }

  /// A count, then each item as `encode` writes it.
  mutating func list<T>(_ items: [T], _ encode: (T, inout BinaryWriter) -> Void) {
    uint(UInt64(items.count))
    for item in items { encode(item, &self) }
  }

  mutating func raw(_ data: some Collection<UInt8>) { bytes.append(contentsOf: data) }

  mutating func fixed64(_ value: UInt64) {
    var v = value
    for _ in 0..<8 {
      bytes.append(UInt8(v & 0xFF))
      v >>= 8
    }
  }
}
