/// A `QueryWord`'s tables as plain pointers, so that scanning thousands of keys per keystroke costs
/// no reference counting. Only valid while its `QueryWord` is alive (the caller keeps it alive).
struct WordScanner {
  enum Kind {
    /// The empty word: matches everything.
    case empty
    /// No ASCII in the word: readings cannot help, so a plain substring search of the scalars.
    case substring
    /// ASCII only: readings, initials and ASCII characters.
    case pinyin
    /// ASCII and other characters: readings, initials and literal characters.
    case mixed
    /// Too long for the 64-bit automaton: `DirectWordMatcher`.
    case long
  }

  let kind: Kind
  /// The word's code points (the automaton's positions).
  let word: UnsafeBufferPointer<UInt32>
  /// The word as UTF-16, for the substring search.
  let wordUTF16: UnsafeBufferPointer<UInt16>
  let done: UInt64
  let limit: UInt32
  let setOf: UnsafePointer<UInt16>
  let startable: UnsafePointer<UInt64>
  let live: UnsafePointer<UInt64>
  let entries: UnsafePointer<QueryWord.SetEntry>
  let steps: UnsafePointer<QueryWord.Step>
  let literals: UnsafeBufferPointer<QueryWord.Literal>
  /// Unowned: the caller keeps the word alive while it scans.
  unowned(unsafe) let owner: QueryWord

  @inline(__always)
  func matches(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
    switch kind {
    case .empty: return true
    case .substring: return contains(units)
    case .pinyin: return run(units, literally: false)
    case .mixed: return run(units, literally: true)
    case .long: return DirectWordMatcher(word: Array(word), index: owner.index).matches(units)
    }
  }

  @inline(__always)
  private func contains(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
    // UTF-16 is self-synchronising: a match of whole code points starts on a code point boundary.
    let word = wordUTF16
    let n = word.count
    guard units.count >= n else { return false }
    let first = word[0]
    var i = 0
    let last = units.count - n
    while i <= last {
      if units[i] == first {
        var j = 1
        while j < n && units[i + j] == word[j] { j += 1 }
        if j == n { return true }
      }
      i += 1
    }
    return false
  }

  @inline(__always)
  private func run(_ units: UnsafeBufferPointer<UInt16>, literally: Bool) -> Bool {
    var states: UInt64 = 0
    var position = 0
    let count = units.count
    while position < count {
      if states == 0 {
        // Idle: skip the units that cannot begin a match, one table bit each.
        while position < count {
          let unit = Int(units[position])
          if startable[unit >> 6] & (1 &<< UInt64(unit & 63)) != 0 { break }
          position += 1
        }
        if position == count { return false }
      }
      let unit = SearchNormalization.decode(units, &position)
      states |= 1
      let r = unit < limit ? Int(setOf[Int(unit)]) : 0
      var next: UInt64 = 0
      if states & live[r] != 0 {
        let entry = entries[r]
        if states & entry.accepting != 0 { return true }
        var i = Int(entry.stepStart)
        let end = Int(entry.stepEnd)
        while i < end {
          next |= (states & steps[i].mask) &<< steps[i].shift
          i += 1
        }
      }
      if literally && unit >= 0x80 {
        for literal in literals where literal.scalar == unit {
          next |= (states & literal.mask) &<< 1
        }
      }
      if next & done != 0 { return true }
      states = next
    }
    return false
  }
}
