/// Reads what `BinaryWriter` wrote; any malformed input throws rather than trapping.
struct BinaryReader {
  struct Malformed: Error {}

  private let bytes: [UInt8]
  private(set) var offset: Int
  /// Short strings seen before in this blob, shared rather than allocated again: unit
  /// names, qualifiers and linked ids repeat hundreds of times in a plan.
  private var interned: [ByteKey: String] = [:]
  /// False where strings seldom repeat (the index's paths): hashing each one would cost
  /// more than the memory it saves.
  private let interns: Bool

  init(_ bytes: [UInt8], offset: Int = 0, interning: Bool = true) {
    self.bytes = bytes
    self.offset = offset
    self.interns = interning
  }

  var isAtEnd: Bool { offset >= bytes.count }

  mutating func uint() throws -> UInt64 {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard offset < bytes.count, shift < 64 else { throw Malformed() }
      let byte = bytes[offset]
      offset += 1
      result |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return result }
      shift += 7
    }
  }

  mutating func int() throws -> Int { Int(Int64(bitPattern: try uint())) }

  mutating func count() throws -> Int {
    let value = try uint()
    guard value <= UInt64(bytes.count - offset) else { throw Malformed() }
    return Int(value)
  }

  mutating func bool() throws -> Bool {
    guard offset < bytes.count else { throw Malformed() }
    defer { offset += 1 }
    switch bytes[offset] {
    case 0: return false
    case 1: return true
    default: throw Malformed()
    }
  }

  mutating func double() throws -> Double {
    guard offset + 8 <= bytes.count else { throw Malformed() }
    var bits: UInt64 = 0
    for i in (0..<8).reversed() { bits = bits << 8 | UInt64(bytes[offset + i]) }
    offset += 8
    return Double(bitPattern: bits)
  }

  mutating func string() throws -> String {
    let length = try count()
    defer { offset += length }
    let slice = bytes[offset..<offset + length]
    // Up to 15 bytes a Swift string is stored inline, so only longer short ones are worth sharing.
    guard interns, length > 15, length <= 48 else {
      return String(decoding: slice, as: UTF8.self)
    }
    let key = ByteKey(slice: slice)
    if let known = interned[key] { return known }
    let string = String(decoding: slice, as: UTF8.self)
    interned[key] = string
    return string
  }

  mutating func optionalString() throws -> String? { try bool() ? try string() : nil }
  mutating func optionalInt() throws -> Int? { try bool() ? try int() : nil }
  mutating func optionalDouble() throws -> Double? { try bool() ? try double() : nil }

  mutating func strings() throws -> [String] {
    let n = try count()
    var values: [String] = []
    values.reserveCapacity(n)
    for _ in 0..<n { values.append(try string()) }
    return values
  }

  /// What `BinaryWriter.list` wrote.
  mutating func list<T>(_ decode: (inout BinaryReader) throws -> T) throws -> [T] {
    let n = try count()
    var items: [T] = []
    items.reserveCapacity(n)
    for _ in 0..<n { items.append(try decode(&self)) }
    return items
  }

  /// A string-valued enum case; an unknown value is malformed input.
  mutating func rawEnum<E: RawRepresentable>() throws -> E where E.RawValue == String {
    guard let value = E(rawValue: try string()) else { throw Malformed() }
    return value
  }

  mutating func fixed64() -> UInt64 {
    var value: UInt64 = 0
    for i in (0..<8).reversed() where offset + i < bytes.count {
      value = value << 8 | UInt64(bytes[offset + i])
    }
    offset += 8
    return value
  }

  mutating func raw(_ length: Int) throws -> ArraySlice<UInt8> {
    guard length >= 0, offset + length <= bytes.count else { throw Malformed() }
    defer { offset += length }
    return bytes[offset..<offset + length]
  }
}

/// Bytes as a dictionary key, hashed in one call rather than element by element.
struct ByteKey: Hashable {
  let slice: ArraySlice<UInt8>

  func hash(into hasher: inout Hasher) {
    slice.withUnsafeBytes { hasher.combine(bytes: $0) }
  }

  static func == (a: ByteKey, b: ByteKey) -> Bool { a.slice.elementsEqual(b.slice) }
}
