/// The generated `PinyinTable` in the shape the matcher needs, parsed once on first use.
///
/// Every code point maps to a *reading set* (the distinct toneless readings of that character);
/// every reading set lists *syllable* ids; a syllable is a short ASCII byte string such as `zhong`.
/// Printable ASCII characters get one-character pseudo-syllables of their own (`a`, `7`, `-`), so a
/// field's ASCII text is matched by the same machinery as its Chinese text. Reading set 0 is empty:
/// spaces, control characters and characters outside the table only ever match literally.
///
/// Immutable after `init`; the code point table is also kept as a raw buffer that lives as long as
/// the index, so the matcher's inner loop reads it without array overhead.
final class PinyinIndex: @unchecked Sendable {
  /// The index built from the generated table (about 42,000 characters); parsed on first use.
  static let shared = PinyinIndex(table: PinyinTable.text, primary: PinyinTable.primary)

  /// Syllable id → its ASCII bytes.
  let syllables: [[UInt8]]
  /// Code point → reading set id, for code points below `scalarLimit`; 0 beyond.
  let setOfScalar: [UInt16]
  /// Reading set `r` lists `setMembers[setStarts[r] ..< setStarts[r + 1]]`.
  let setStarts: [Int32]
  /// Syllable ids of all reading sets, one set after another.
  let setMembers: [UInt16]
  /// Reading set `r` is the set of the BMP code points
  /// `bmpScalarsOfSet[bmpStarts[r] ..< bmpStarts[r + 1]]`.
  let bmpStarts: [Int32]
  let bmpScalarsOfSet: [UInt16]
  /// Syllable id → the reading sets that contain it.
  let setsOfSyllable: [[UInt16]]
  /// Number of distinct code points that have at least one reading in the table.
  let characterCount: Int
  /// Code point → syllable id of the reading it sorts by (`noSyllable` for none), for code
  /// points below `scalarLimit`: the first-listed (most common) reading of a polyphonic
  /// character (see `PinyinTable.primary`), else its only reading.
  let sortSyllableOfScalar: [UInt16]
  static let noSyllable = UInt16.max

  /// `setOfScalar` as a buffer owned by the index (freed in `deinit`).
  let setOfScalarBuffer: UnsafeMutableBufferPointer<UInt16>
  /// Code points at or above this have no reading set.
  let scalarLimit: UInt32

  var setCount: Int { setStarts.count - 1 }

  /// Parses `reading:characters` lines (see `PinyinTable`): all readings from `table`, the
  /// first-listed reading of polyphonic characters from `primary`.
  init(table: String, primary: String = "") {
    var syllables = SyllableNumbering()
    let pairs = Self.characterReadingPairs(in: table, syllables: &syllables)
    let primaryOfScalar = Self.primaryReadings(in: primary, syllables: &syllables)
    var sets = ReadingSetNumbering()
    var setOfScalar = Self.asciiReadingSets(
      count: max(Int((pairs.last ?? 0) >> 16) + 1, 0x80), syllables: &syllables, sets: &sets)
    characterCount = Self.assignReadingSets(of: pairs, to: &setOfScalar, sets: &sets)

    self.syllables = syllables.bytes
    self.setOfScalar = setOfScalar
    setStarts = sets.starts
    setMembers = sets.members
    setsOfSyllable = Self.setsOfSyllable(count: syllables.bytes.count, sets: sets)
    let bmp = Self.bmpScalarsBySet(setOfScalar, setCount: sets.count)
    bmpStarts = bmp.starts
    bmpScalarsOfSet = bmp.scalars
    sortSyllableOfScalar = Self.sortSyllables(
      setOfScalar, sets: sets, syllables: syllables.bytes, primary: primaryOfScalar)
    setOfScalarBuffer = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: setOfScalar.count)
    _ = setOfScalarBuffer.initialize(from: setOfScalar)
    scalarLimit = UInt32(setOfScalar.count)
  }

  deinit { setOfScalarBuffer.deallocate() }

  /// The reading set id of a (normalised) code point.
  @inline(__always)
  func readingSet(of scalar: UInt32) -> Int {
    scalar < scalarLimit ? Int(setOfScalarBuffer[Int(scalar)]) : 0
  }

  /// The syllable id of the reading a code point sorts by (see `sortSyllableOfScalar`); nil
  /// when the table has none. ASCII characters are not readings and give nil.
  @inline(__always)
  func sortSyllable(of scalar: UInt32) -> Int? {
    guard scalar >= 0x80, scalar < scalarLimit else { return nil }
    let syllable = sortSyllableOfScalar[Int(scalar)]
    return syllable == Self.noSyllable ? nil : Int(syllable)
  }

  /// The reading a code point sorts by, as ASCII bytes (`合` → `he`); nil when it has none.
  func sortReading(of scalar: UInt32) -> [UInt8]? {
    sortSyllable(of: scalar).map { syllables[$0] }
  }

  /// The toneless readings of a code point, as strings; empty when the table has none.
  /// ASCII characters are not readings and give an empty list.
  func readings(of scalar: UInt32) -> [String] {
    guard scalar >= 0x80 else { return [] }
    let set = readingSet(of: scalar)
    return (Int(setStarts[set])..<Int(setStarts[set + 1])).map {
      String(decoding: syllables[Int(setMembers[$0])], as: UTF8.self)
    }
  }
}

// The steps of `PinyinIndex.init`, in the order it takes them.
extension PinyinIndex {
  /// Numbers syllables in the order they are first met.
  private struct SyllableNumbering {
    /// Syllable id → its ASCII bytes.
    private(set) var bytes: [[UInt8]] = []
    private var ids: [[UInt8]: UInt16] = [:]

    mutating func id(of syllable: [UInt8]) -> UInt16 {
      if let known = ids[syllable] { return known }
      let new = UInt16(bytes.count)
      bytes.append(syllable)
      ids[syllable] = new
      return new
    }
  }

  /// Numbers reading sets (lists of syllable ids) in the order they are first met; set 0 is empty.
  private struct ReadingSetNumbering {
    /// Set `r` lists `members[starts[r] ..< starts[r + 1]]`.
    private(set) var starts: [Int32] = [0, 0]
    private(set) var members: [UInt16] = []
    private var ids: [[UInt16]: UInt16] = [[]: 0]

    var count: Int { starts.count - 1 }

    mutating func id(of set: [UInt16]) -> UInt16 {
      if let known = ids[set] { return known }
      let new = UInt16(starts.count - 1)
      members.append(contentsOf: set)
      starts.append(Int32(members.count))
      ids[set] = new
      return new
    }
  }

  /// Calls `body` with the reading (spaces dropped) and the characters of each `reading:characters`
  /// line of `text`; lines without a colon or without a reading are skipped.
  private static func forEachLine(of text: String, _ body: ([UInt8], String) -> Void) {
    for line in text.utf8.split(separator: UInt8(ascii: "\n")) {
      guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
      let reading = Array(line[line.startIndex..<colon]).filter { $0 != UInt8(ascii: " ") }
      guard !reading.isEmpty else { continue }
      body(reading, String(decoding: line[line.index(after: colon)...], as: UTF8.self))
    }
  }

  /// (code point << 16 | syllable id) for every character–reading pair of `table`, sorted.
  private static func characterReadingPairs(
    in table: String, syllables: inout SyllableNumbering
  ) -> [UInt64] {
    var pairs: [UInt64] = []
    pairs.reserveCapacity(60_000)
    forEachLine(of: table) { reading, characters in
      let syllable = UInt64(syllables.id(of: reading))
      for scalar in characters.unicodeScalars {
        pairs.append(UInt64(scalar.value) << 16 | syllable)
      }
    }
    pairs.sort()
    return pairs
  }

  /// Code point → syllable id of the reading `primary` lists for it.
  private static func primaryReadings(
    in primary: String, syllables: inout SyllableNumbering
  ) -> [UInt32: UInt16] {
    var primaryOfScalar: [UInt32: UInt16] = [:]
    forEachLine(of: primary) { reading, characters in
      let syllable = syllables.id(of: reading)
      for scalar in characters.unicodeScalars { primaryOfScalar[scalar.value] = syllable }
    }
    return primaryOfScalar
  }

  /// A code point → reading set table of `count` entries, all 0 but printable ASCII: lower-case
  /// letters, digits and punctuation read as themselves; capitals as their lower-case letter
  /// (keys and queries are lower-cased anyway).
  private static func asciiReadingSets(
    count: Int, syllables: inout SyllableNumbering, sets: inout ReadingSetNumbering
  ) -> [UInt16] {
    var setOfScalar = [UInt16](repeating: 0, count: count)
    for ascii in UInt8(0x21)...UInt8(0x7E) {
      let lower = (0x41...0x5A).contains(ascii) ? ascii + 0x20 : ascii
      setOfScalar[Int(ascii)] = sets.id(of: [syllables.id(of: [lower])])
    }
    return setOfScalar
  }

  /// Gives each non-ASCII code point of the sorted `pairs` the set of its distinct readings;
  /// returns the number of distinct code points in `pairs`.
  private static func assignReadingSets(
    of pairs: [UInt64], to setOfScalar: inout [UInt16], sets: inout ReadingSetNumbering
  ) -> Int {
    var characterCount = 0
    var index = 0
    while index < pairs.count {
      let scalar = Int(pairs[index] >> 16)
      var members: [UInt16] = []
      while index < pairs.count, Int(pairs[index] >> 16) == scalar {
        let member = UInt16(truncatingIfNeeded: pairs[index])
        if members.last != member { members.append(member) }
        index += 1
      }
      characterCount += 1
      if scalar >= 0x80 { setOfScalar[scalar] = sets.id(of: members) }
    }
    return characterCount
  }

  /// Syllable id → the reading sets that contain it, for `count` syllables.
  private static func setsOfSyllable(count: Int, sets: ReadingSetNumbering) -> [[UInt16]] {
    var setsOfSyllable = [[UInt16]](repeating: [], count: count)
    for r in 0..<sets.count {
      for m in Int(sets.starts[r])..<Int(sets.starts[r + 1]) {
        setsOfSyllable[Int(sets.members[m])].append(UInt16(r))
      }
    }
    return setsOfSyllable
  }

  /// The BMP code points grouped by reading set (a counting sort): set `r` has
  /// `scalars[starts[r] ..< starts[r + 1]]`.
  private static func bmpScalarsBySet(
    _ setOfScalar: [UInt16], setCount: Int
  ) -> (starts: [Int32], scalars: [UInt16]) {
    var bmpCounts = [Int32](repeating: 0, count: setCount + 1)
    for scalar in 0..<min(setOfScalar.count, 0x10000) {
      bmpCounts[Int(setOfScalar[scalar]) + 1] += 1
    }
    for r in 1..<bmpCounts.count { bmpCounts[r] += bmpCounts[r - 1] }
    var bmpScalarsOfSet = [UInt16](repeating: 0, count: Int(bmpCounts[bmpCounts.count - 1]))
    var fill = bmpCounts
    for scalar in 0..<min(setOfScalar.count, 0x10000) {
      let r = Int(setOfScalar[scalar])
      bmpScalarsOfSet[Int(fill[r])] = UInt16(scalar)
      fill[r] += 1
    }
    return (bmpCounts, bmpScalarsOfSet)
  }

  /// Code point → syllable id of the reading it sorts by (see `sortSyllableOfScalar`).
  private static func sortSyllables(
    _ setOfScalar: [UInt16], sets: ReadingSetNumbering, syllables: [[UInt8]],
    primary primaryOfScalar: [UInt32: UInt16]
  ) -> [UInt16] {
    let firstOfSet = alphabeticallyFirstReadings(sets: sets, syllables: syllables)
    var sortSyllableOfScalar = [UInt16](repeating: noSyllable, count: setOfScalar.count)
    for scalar in 0x80..<setOfScalar.count {
      sortSyllableOfScalar[scalar] = firstOfSet[Int(setOfScalar[scalar])]
    }
    for (scalar, syllable) in primaryOfScalar where Int(scalar) < setOfScalar.count {
      sortSyllableOfScalar[Int(scalar)] = syllable
    }
    return sortSyllableOfScalar
  }

  /// Each set's alphabetically first reading, for characters `primary` does not list
  /// (`noSyllable` for set 0).
  private static func alphabeticallyFirstReadings(
    sets: ReadingSetNumbering, syllables: [[UInt8]]
  ) -> [UInt16] {
    var firstOfSet = [UInt16](repeating: noSyllable, count: sets.count)
    for r in 1..<sets.count {
      for m in Int(sets.starts[r])..<Int(sets.starts[r + 1]) {
        let member = sets.members[m]
        if firstOfSet[r] == noSyllable
          || syllables[Int(member)].lexicographicallyPrecedes(syllables[Int(firstOfSet[r])])
        {
          firstOfSet[r] = member
        }
      }
    }
    return firstOfSet
  }
}
