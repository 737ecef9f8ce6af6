/// A 128-bit hash of a file's bytes, the key of the load cache (content, never modification
/// time). Two independent 64-bit lanes in the manner of xxHash; fast, not cryptographic.
public struct ContentHash: Hashable, Sendable {
  let high: UInt64
  let low: UInt64

  init(high: UInt64, low: UInt64) {
    self.high = high
    self.low = low
  }

  public init(of bytes: [UInt8]) {
    let p1: UInt64 = 0x9E37_79B1_85EB_CA87
    let p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    let p3: UInt64 = 0x1656_67B1_9E37_79F9
    let p4: UInt64 = 0x85EB_CA77_C2B2_AE63
    var a: UInt64 = p1 ^ UInt64(bytes.count)
    var b: UInt64 = p2 &+ UInt64(bytes.count)
    bytes.withUnsafeBytes { raw in
      let words = raw.count / 8
      for i in 0..<words {
        let w = raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)
        a = ((a ^ (w &* p2)) << 31 | (a ^ (w &* p2)) >> 33) &* p1
        b = ((b ^ (w &* p3)) << 27 | (b ^ (w &* p3)) >> 37) &* p4
      }
      for i in (words * 8)..<raw.count {
        let v = UInt64(raw[i])
        a = (a ^ (v &* p3)) &* p1
        b = (b ^ (v &* p1)) &* p2
      }
    }
    high = Self.avalanche(a ^ (b >> 17))
    low = Self.avalanche(b ^ (a << 13))
  }

  static func avalanche(_ value: UInt64) -> UInt64 {
    var h = value
    h ^= h >> 33
    h &*= 0xFF51_AFD7_ED55_8CCD
    h ^= h >> 33
    h &*= 0xC4CE_B9FE_1A85_EC53
    h ^= h >> 33
    return h
  }
}
