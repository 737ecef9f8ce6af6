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
    var entries = [SetEntry](
      repeating: SetEntry(accepting: 0, stepStart: 0, stepEnd: 0), count: setCount)
    var steps: [Step] = []
    var shifts = [UInt64](repeating: 0, count: maxShift)
    // Only the sets that hold a touched syllable can do anything; find them through the index.
    var queued = [Bool](repeating: false, count: setCount)
    var queue: [Int] = []
    for s in 0..<syllableCount where touched[s] {
      for r in index.setsOfSyllable[s] where !queued[Int(r)] {
        queued[Int(r)] = true
        queue.append(Int(r))
      }
    }
    for r in queue {
      let range = Int(index.setStarts[r])..<Int(index.setStarts[r + 1])
      for shift in 0..<maxShift { shifts[shift] = 0 }
      var accept: UInt64 = 0
      for m in range {
        let s = Int(index.setMembers[m])
        guard touched[s] else { continue }
        for shift in 1..<maxShift { shifts[shift] |= byShift[s * maxShift + shift] }
        accept |= prefix[s]
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

    var startable = [UInt64](repeating: 0, count: 0x10000 / 64)
    func markStartable(_ unit: Int) { startable[unit >> 6] |= 1 << UInt64(unit & 63) }
    for unit in 0xD800..<0xDC00 { markStartable(unit) }
    for r in queue where live[r] & 1 != 0 {
      for m in Int(index.bmpStarts[r])..<Int(index.bmpStarts[r + 1]) {
        markStartable(Int(index.bmpScalarsOfSet[m]))
      }
    }
    if scalars[0] >= 0x80 && scalars[0] < 0x10000 { markStartable(Int(scalars[0])) }

    var literals: [Literal] = []
    for (k, scalar) in scalars.enumerated() where scalar >= 0x80 {
      let bit = UInt64(1) << UInt64(k)
      if let at = literals.firstIndex(where: { $0.scalar == scalar }) {
        literals[at].mask |= bit
      } else {
        literals.append(Literal(scalar: scalar, mask: bit))
      }
    }

    self.startable = Self.buffer(startable)
    self.live = Self.buffer(live)
    self.entries = Self.buffer(entries)
    self.steps = Self.buffer(steps)
    self.literals = Self.buffer(literals)
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
