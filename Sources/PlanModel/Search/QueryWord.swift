/// One word of a query, compiled into a bit-parallel automaton over the characters of a key.
///
/// A word matches a run of consecutive characters of the key in which each character consumes,
/// from the front of what is left of the word, one of:
/// - one of its full readings (`he` for 合),
/// - the first letter of one of its readings (`h`), or the two-letter initial `zh`/`ch`/`sh`,
/// - itself, literally (`川` for 川; ASCII characters only ever match themselves).
/// The last character of the run may also consume a non-empty *prefix* of one of its readings, so
/// a word being typed (`hech`) already matches 合川. The word matches when all of it is consumed.
///
/// State `k` (bit `k` of a `UInt64`) means "the first k scalars of the word are consumed". For each
/// reading set the word precomputes which states can advance and by how much, so that scanning a
/// key costs a few bit operations per character. Words longer than 63 scalars use `LongWordMatcher`.
struct QueryWord: Sendable {
  /// A step: the states in `mask` advance by `shift` scalars.
  struct Step: Sendable {
    var mask: UInt64
    var shift: UInt64
  }

  /// A non-ASCII character of the word that a key's character must equal to advance.
  struct Literal: Sendable {
    var scalar: UInt32
    var mask: UInt64
  }

  /// The normalised scalars of the word.
  let scalars: [UInt32]
  /// Per reading set: the states that lead anywhere (a step, or acceptance).
  let live: [UInt64]
  /// Per reading set: the states from which a reading's prefix consumes the rest of the word.
  let accepting: [UInt64]
  /// Per reading set: its steps are `steps[stepStarts[r] ..< stepStarts[r + 1]]`.
  let stepStarts: [Int32]
  let steps: [Step]
  /// The word's non-ASCII characters, matched literally.
  let literals: [Literal]

  /// The most scalars a word may have for the bit-parallel automaton.
  static let maximumLength = 63

  var isLong: Bool { scalars.count > Self.maximumLength }

  init(scalars: [UInt32], index: PinyinIndex = .shared) {
    self.scalars = scalars
    let n = scalars.count
    guard n > 0, n <= Self.maximumLength else {
      (live, accepting, stepStarts, steps, literals) = ([], [], [], [], [])
      return
    }

    // Per syllable: masks of the states it advances, for each shift 1...6, and its prefix mask.
    let maxShift = 7
    let syllableCount = index.syllables.count
    var byShift = [UInt64](repeating: 0, count: syllableCount * maxShift)
    var prefix = [UInt64](repeating: 0, count: syllableCount)
    var touched = [Bool](repeating: false, count: syllableCount)
    for (s, bytes) in index.syllables.enumerated() {
      let length = bytes.count
      let first = UInt32(bytes[0])
      let clustered =
        length >= 3 && bytes[1] == UInt8(ascii: "h") && [0x7A, 0x63, 0x73].contains(bytes[0])
      for k in 0..<n where scalars[k] == first {
        let bit = UInt64(1) << UInt64(k)
        touched[s] = true
        byShift[s * maxShift + 1] |= bit  // initial letter (or a one-letter reading)
        if clustered, k + 1 < n, scalars[k + 1] == UInt32(bytes[1]) {
          byShift[s * maxShift + 2] |= bit  // zh / ch / sh
        }
        let available = min(length, n - k)
        var same = true
        for j in 1..<available where scalars[k + j] != UInt32(bytes[j]) {
          same = false
          break
        }
        guard same else { continue }
        if available == length {
          byShift[s * maxShift + length] |= bit
        } else {
          prefix[s] |= bit  // the word ends inside this reading
        }
      }
    }

    // Per reading set: union of its syllables, steps grouped by shift.
    let setCount = index.setCount
    var live = [UInt64](repeating: 0, count: setCount)
    var accepting = [UInt64](repeating: 0, count: setCount)
    var stepStarts = [Int32](repeating: 0, count: setCount + 1)
    var steps: [Step] = []
    index.setMembers.withUnsafeBufferPointer { members in
      for r in 0..<setCount {
        stepStarts[r] = Int32(steps.count)
        let range = Int(index.setStarts[r])..<Int(index.setStarts[r + 1])
        guard range.contains(where: { touched[Int(members[$0])] }) else { continue }
        var shifts = [UInt64](repeating: 0, count: maxShift)
        var accept: UInt64 = 0
        for m in range {
          let s = Int(members[m])
          guard touched[s] else { continue }
          for shift in 1..<maxShift { shifts[shift] |= byShift[s * maxShift + shift] }
          accept |= prefix[s]
        }
        var any = accept
        for shift in 1..<maxShift where shifts[shift] != 0 {
          steps.append(Step(mask: shifts[shift], shift: UInt64(shift)))
          any |= shifts[shift]
        }
        live[r] = any
        accepting[r] = accept
      }
    }
    stepStarts[setCount] = Int32(steps.count)

    var literals: [Literal] = []
    for (k, scalar) in scalars.enumerated() where scalar >= 0x80 {
      let bit = UInt64(1) << UInt64(k)
      if let at = literals.firstIndex(where: { $0.scalar == scalar }) {
        literals[at].mask |= bit
      } else {
        literals.append(Literal(scalar: scalar, mask: bit))
      }
    }

    self.live = live
    self.accepting = accepting
    self.stepStarts = stepStarts
    self.steps = steps
    self.literals = literals
  }

  /// True when the word matches a run of consecutive characters of `units` (normalised scalars).
  func matches(_ units: UnsafeBufferPointer<UInt32>, index: PinyinIndex = .shared) -> Bool {
    if scalars.isEmpty { return true }
    if isLong { return LongWordMatcher(word: scalars, index: index).matches(units) }
    let done = UInt64(1) << UInt64(scalars.count)
    let limit = index.scalarLimit
    return index.setOfScalar.withUnsafeBufferPointer { setOf in
      live.withUnsafeBufferPointer { live in
        accepting.withUnsafeBufferPointer { accepting in
          stepStarts.withUnsafeBufferPointer { starts in
            steps.withUnsafeBufferPointer { steps in
              literals.withUnsafeBufferPointer { literals in
                var states: UInt64 = 0
                for unit in units {
                  states |= 1
                  let r = unit < limit ? Int(setOf[Int(unit)]) : 0
                  var next: UInt64 = 0
                  if states & live[r] != 0 {
                    if states & accepting[r] != 0 { return true }
                    for i in Int(starts[r])..<Int(starts[r + 1]) {
                      next |= (states & steps[i].mask) << steps[i].shift
                    }
                  }
                  if unit >= 0x80 {
                    for literal in literals where literal.scalar == unit {
                      next |= (states & literal.mask) << 1
                    }
                  }
                  if next & done != 0 { return true }
                  states = next
                }
                return false
              }
            }
          }
        }
      }
    }
  }
}
