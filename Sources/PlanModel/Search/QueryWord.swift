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
/// key costs a few bit operations per character. Words longer than 63 scalars use `DirectWordMatcher`.
///
/// The tables are raw buffers owned by the word (freed in `deinit`) and never changed after `init`,
/// so the word is safe to share between threads.
final class QueryWord: @unchecked Sendable {
  /// A step: the states in `mask` advance by `shift` scalars.
  struct Step {
    var mask: UInt64
    var shift: UInt64
  }

  /// Per reading set: the states from which a reading's prefix consumes the rest of the word, and
  /// the range of its steps.
  struct SetEntry {
    var accepting: UInt64
    var stepStart: Int32
    var stepEnd: Int32
  }

  /// A non-ASCII character of the word that a key's character must equal to advance.
  struct Literal {
    var scalar: UInt32
    var mask: UInt64
  }

  /// The most scalars a word may have for the bit-parallel automaton.
  static let maximumLength = 63

  /// The normalised scalars of the word.
  let scalars: [UInt32]
  let index: PinyinIndex
  /// Per reading set: the states that lead anywhere (a step, or acceptance).
  private let live: UnsafeMutableBufferPointer<UInt64>
  private let entries: UnsafeMutableBufferPointer<SetEntry>
  private let steps: UnsafeMutableBufferPointer<Step>
  /// The word's non-ASCII characters, matched literally.
  private let literals: UnsafeMutableBufferPointer<Literal>
  /// One bit per UTF-16 unit: set when a key character starting with that unit can begin a match
  /// (all surrogates are set, conservatively). Lets the scanner skip idle stretches fast.
  private let startable: UnsafeMutableBufferPointer<UInt64>
  /// `scalars` as a buffer the scanner can point into.
  private let wordBuffer: UnsafeMutableBufferPointer<UInt32>
  private let wordUTF16: UnsafeMutableBufferPointer<UInt16>

  var isLong: Bool { scalars.count > Self.maximumLength }

  init(scalars: [UInt32], index: PinyinIndex = .shared) {
    self.scalars = scalars
    self.index = index
    wordBuffer = Self.buffer(scalars)
    wordUTF16 = Self.buffer(
      scalars.flatMap { Unicode.Scalar($0).map { Array(UTF16.encode($0)!) } ?? [] })
    let n = scalars.count
    guard n > 0, n <= Self.maximumLength else {
      startable = Self.buffer([])
      live = Self.buffer([])
      entries = Self.buffer([])
      steps = Self.buffer([])
      literals = Self.buffer([])
      return
    }

    let moves = SyllableMoves(word: scalars, syllables: index.syllables)
    let sets = Self.setsHoldingTouched(moves, index: index)
    let tables = Self.setTables(sets, moves: moves, index: index)
    startable = Self.buffer(
      Self.startableUnits(sets, live: tables.live, firstScalar: scalars[0], index: index))
    live = Self.buffer(tables.live)
    entries = Self.buffer(tables.entries)
    steps = Self.buffer(tables.steps)
    literals = Self.buffer(Self.literals(of: scalars))
  }

  deinit {
    startable.deallocate()
    live.deallocate()
    entries.deallocate()
    steps.deallocate()
    literals.deallocate()
    wordBuffer.deallocate()
    wordUTF16.deallocate()
  }

  private static func buffer<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
    // At least one element's room, so `baseAddress` is never nil; only `array.count` are used.
    let room = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1))
    _ = room.initialize(from: array)
    return UnsafeMutableBufferPointer(rebasing: room[0..<array.count])
  }

  /// True when the word matches a run of consecutive characters of `units` (normalised UTF-16).
  func matches(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
    withExtendedLifetime(self) { scanner.matches(units) }
  }

  /// The word's tables as plain pointers, for scanning many keys without reference counting.
  /// Valid only while the word is alive.
  var scanner: WordScanner {
    let kind: WordScanner.Kind
    if scalars.isEmpty {
      kind = .empty
    } else if isLong {
      kind = .long
    } else if scalars.allSatisfy({ $0 >= 0x80 }) {
      kind = .substring  // no ASCII: readings can consume nothing, only the characters themselves
    } else {
      kind = literals.isEmpty ? .pinyin : .mixed
    }
    return WordScanner(
      kind: kind, word: UnsafeBufferPointer(wordBuffer), wordUTF16: UnsafeBufferPointer(wordUTF16),
      done: UInt64(1) &<< UInt64(scalars.count),
      limit: index.scalarLimit, setOf: UnsafePointer(index.setOfScalarBuffer.baseAddress!),
      startable: UnsafePointer(startable.baseAddress!), live: UnsafePointer(live.baseAddress!),
      entries: UnsafePointer(entries.baseAddress!),
      steps: UnsafePointer(steps.baseAddress!), literals: UnsafeBufferPointer(literals), owner: self
    )
  }
}

// The steps of `QueryWord.init`, in the order it takes them.
extension QueryWord {
  /// Per syllable of the index: masks of the word's states it advances, for each shift 1...6,
  /// and its prefix mask (the states from which the word ends inside it).
  private struct SyllableMoves {
    /// Slots per syllable in `byShift` (shifts 0..<7; no reading is longer than 6 letters).
    static var maxShift: Int { 7 }
    /// Syllable `s` advances the states in `byShift[s * maxShift + shift]` by `shift` scalars.
    var byShift: [UInt64]
    var prefix: [UInt64]
    /// Whether the syllable moves any state at all.
    var touched: [Bool]

    init(word scalars: [UInt32], syllables: [[UInt8]]) {
      let maxShift = Self.maxShift
      let n = scalars.count
      byShift = [UInt64](repeating: 0, count: syllables.count * maxShift)
      prefix = [UInt64](repeating: 0, count: syllables.count)
      touched = [Bool](repeating: false, count: syllables.count)
      for (s, bytes) in syllables.enumerated() {
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
    }
  }

  /// The reading sets that hold a touched syllable (only they can do anything), found through
  /// the index, each once.
  private static func setsHoldingTouched(_ moves: SyllableMoves, index: PinyinIndex) -> [Int] {
    var queued = [Bool](repeating: false, count: index.setCount)
    var queue: [Int] = []
    for s in 0..<moves.touched.count where moves.touched[s] {
      for r in index.setsOfSyllable[s] where !queued[Int(r)] {
        queued[Int(r)] = true
        queue.append(Int(r))
      }
    }
    return queue
  }

  /// Per reading set: the union of its syllables' moves, steps grouped by shift; only `sets`
  /// get any.
  private static func setTables(
    _ sets: [Int], moves: SyllableMoves, index: PinyinIndex
  ) -> (live: [UInt64], entries: [SetEntry], steps: [Step]) {
    let maxShift = SyllableMoves.maxShift
    let setCount = index.setCount
    var live = [UInt64](repeating: 0, count: setCount)
    var entries = [SetEntry](
      repeating: SetEntry(accepting: 0, stepStart: 0, stepEnd: 0), count: setCount)
    var steps: [Step] = []
    var shifts = [UInt64](repeating: 0, count: maxShift)
    for r in sets {
      let range = Int(index.setStarts[r])..<Int(index.setStarts[r + 1])
      for shift in 0..<maxShift { shifts[shift] = 0 }
      var accept: UInt64 = 0
      for m in range {
        let s = Int(index.setMembers[m])
        guard moves.touched[s] else { continue }
        for shift in 1..<maxShift { shifts[shift] |= moves.byShift[s * maxShift + shift] }
        accept |= moves.prefix[s]
      }
      var any = accept
      let stepStart = Int32(steps.count)
      for shift in 1..<maxShift where shifts[shift] != 0 {
        steps.append(Step(mask: shifts[shift], shift: UInt64(shift)))
        any |= shifts[shift]
      }
      live[r] = any
      entries[r] = SetEntry(accepting: accept, stepStart: stepStart, stepEnd: Int32(steps.count))
    }
    return (live, entries, steps)
  }

  /// One bit per UTF-16 unit (see `startable`): every surrogate, the BMP characters of the sets
  /// that can leave the start state, and the word's first character when it is not ASCII.
  private static func startableUnits(
    _ sets: [Int], live: [UInt64], firstScalar: UInt32, index: PinyinIndex
  ) -> [UInt64] {
    var startable = [UInt64](repeating: 0, count: 0x10000 / 64)
    func markStartable(_ unit: Int) { startable[unit >> 6] |= 1 << UInt64(unit & 63) }
    for unit in 0xD800..<0xDC00 { markStartable(unit) }
    for r in sets where live[r] & 1 != 0 {
      for m in Int(index.bmpStarts[r])..<Int(index.bmpStarts[r + 1]) {
        markStartable(Int(index.bmpScalarsOfSet[m]))
      }
    }
    if firstScalar >= 0x80 && firstScalar < 0x10000 { markStartable(Int(firstScalar)) }
    return startable
  }

  /// The word's non-ASCII characters, each once, with the states at which it stands.
  private static func literals(of scalars: [UInt32]) -> [Literal] {
    var literals: [Literal] = []
    for (k, scalar) in scalars.enumerated() where scalar >= 0x80 {
      let bit = UInt64(1) << UInt64(k)
      if let at = literals.firstIndex(where: { $0.scalar == scalar }) {
        literals[at].mask |= bit
      } else {
        literals.append(Literal(scalar: scalar, mask: bit))
      }
    }
    return literals
  }
}
