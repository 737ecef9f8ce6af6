/// The matching rule of `QueryWord` for words too long for its 64-bit automaton (over 63 scalars),
/// with one flag per state instead of one bit. Slower, and only needed for pasted text.
struct LongWordMatcher {
  let word: [UInt32]
  let index: PinyinIndex

  func matches(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
    let n = word.count
    var states = [Bool](repeating: false, count: n + 1)
    var next = states
    var position = 0
    while position < units.count {
      let unit = SearchNormalization.decode(units, &position)
      states[0] = true
      for k in 0...n { next[k] = false }
      for k in 0..<n where states[k] {
        if word[k] == unit { next[k + 1] = true }
        guard unit >= 0x80 else { continue }
        let r = index.readingSet(of: unit)
        for m in Int(index.setStarts[r])..<Int(index.setStarts[r + 1]) {
          let bytes = index.syllables[Int(index.setMembers[m])]
          if advance(from: k, over: bytes, into: &next) { return true }
        }
      }
      if next[n] { return true }
      swap(&states, &next)
    }
    return false
  }

  /// Marks the states reachable from state `k` through one reading; true when the word ends
  /// inside the reading (a prefix match).
  private func advance(from k: Int, over reading: [UInt8], into next: inout [Bool]) -> Bool {
    let n = word.count
    guard word[k] == UInt32(reading[0]) else { return false }
    next[k + 1] = true
    if reading.count >= 3, reading[1] == UInt8(ascii: "h"),
      [0x7A, 0x63, 0x73].contains(reading[0]),
      k + 1 < n, word[k + 1] == UInt32(UInt8(ascii: "h"))
    {
      next[k + 2] = true
    }
    var j = 1
    while j < reading.count, k + j < n, word[k + j] == UInt32(reading[j]) { j += 1 }
    if j == reading.count {
      next[k + j] = true
    } else if k + j == n {
      return true
    }
    return false
  }
}
