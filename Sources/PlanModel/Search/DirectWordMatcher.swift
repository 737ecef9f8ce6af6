/// The matching rule of `QueryWord`, applied directly: no compiled tables, so nothing to set up,
/// but more work per character. Used for one-off checks (`SearchText.matches`) and for words too
/// long for the 64-bit automaton (over 63 scalars).
struct DirectWordMatcher {
  /// The word's normalised code points.
  let word: [UInt32]
  let index: PinyinIndex

  /// True when the word matches a run of consecutive characters of `units` (normalised UTF-16).
  func matches(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
    let n = word.count
    if n == 0 { return true }
    // State k: the first k code points of the word are consumed; one bit each.
    let wordCount = (n + 1 + 63) / 64
    var states = [UInt64](repeating: 0, count: wordCount)
    var next = states
    var position = 0
    while position < units.count {
      let unit = SearchNormalization.decode(units, &position)
      states[0] |= 1
      for w in 0..<wordCount { next[w] = 0 }
      let r = unit >= 0x80 ? index.readingSet(of: unit) : 0
      for w in 0..<wordCount {
        var bits = states[w]
        while bits != 0 {
          let k = w * 64 + bits.trailingZeroBitCount
          bits &= bits - 1
          guard k < n else { continue }
          if word[k] == unit { Self.set(k + 1, in: &next) }
          for m in Int(index.setStarts[r])..<Int(index.setStarts[r + 1]) {
            let reading = index.syllables[Int(index.setMembers[m])]
            if advance(from: k, over: reading, into: &next) { return true }
          }
        }
      }
      if Self.isSet(n, in: next) { return true }
      swap(&states, &next)
    }
    return false
  }

  /// Marks the states reachable from state `k` through one reading; true when the word ends
  /// inside the reading (a prefix match).
  private func advance(from k: Int, over reading: [UInt8], into next: inout [UInt64]) -> Bool {
    let n = word.count
    guard word[k] == UInt32(reading[0]) else { return false }
    Self.set(k + 1, in: &next)  // the initial letter
    if reading.count >= 3, reading[1] == UInt8(ascii: "h"),
      [0x7A, 0x63, 0x73].contains(reading[0]),
      k + 1 < n, word[k + 1] == UInt32(UInt8(ascii: "h"))
    {
      Self.set(k + 2, in: &next)  // zh / ch / sh
    }
    var j = 1
    while j < reading.count, k + j < n, word[k + j] == UInt32(reading[j]) { j += 1 }
    if j == reading.count {
      Self.set(k + j, in: &next)  // the full reading
    } else if k + j == n {
      return true  // the word ends inside the reading
    }
    return false
  }

  @inline(__always)
  private static func set(_ k: Int, in bits: inout [UInt64]) {
    bits[k >> 6] |= 1 << UInt64(k & 63)
  }

  @inline(__always)
  private static func isSet(_ k: Int, in bits: [UInt64]) -> Bool {
    bits[k >> 6] & (1 << UInt64(k & 63)) != 0
  }
}
