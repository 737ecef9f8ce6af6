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
    var syllables: [[UInt8]] = []
    var syllableID: [[UInt8]: UInt16] = [:]
    func id(of bytes: [UInt8]) -> UInt16 {
      if let known = syllableID[bytes] { return known }
      let new = UInt16(syllables.count)
      syllables.append(bytes)
      syllableID[bytes] = new
      return new
    }

    // (code point << 16 | syllable id) for every character–reading pair.
    var pairs: [UInt64] = []
    pairs.reserveCapacity(60_000)
    for line in table.utf8.split(separator: UInt8(ascii: "\n")) {
      guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
      let reading = Array(line[line.startIndex..<colon]).filter { $0 != UInt8(ascii: " ") }
      guard !reading.isEmpty else { continue }
      let syllable = UInt64(id(of: reading))
      let characters = String(decoding: line[line.index(after: colon)...], as: UTF8.self)
      for scalar in characters.unicodeScalars {
        pairs.append(UInt64(scalar.value) << 16 | syllable)
      }
    }
    pairs.sort()

    var primaryOfScalar: [UInt32: UInt16] = [:]
    for line in primary.utf8.split(separator: UInt8(ascii: "\n")) {
      guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
      let reading = Array(line[line.startIndex..<colon]).filter { $0 != UInt8(ascii: " ") }
      guard !reading.isEmpty else { continue }
      let syllable = id(of: reading)
      let characters = String(decoding: line[line.index(after: colon)...], as: UTF8.self)
      for scalar in characters.unicodeScalars { primaryOfScalar[scalar.value] = syllable }
    }

    var setStarts: [Int32] = [0, 0]  // set 0 is empty
    var setMembers: [UInt16] = []
    var setID: [[UInt16]: UInt16] = [[]: 0]
    func set(of members: [UInt16]) -> UInt16 {
      if let known = setID[members] { return known }
      let new = UInt16(setStarts.count - 1)
      setMembers.append(contentsOf: members)
      setStarts.append(Int32(setMembers.count))
      setID[members] = new
      return new
    }

    // Printable ASCII: lower-case letters, digits and punctuation read as themselves; capitals as
    // their lower-case letter (keys and queries are lower-cased anyway).
    let limit = Int((pairs.last ?? 0) >> 16) + 1
    var setOfScalar = [UInt16](repeating: 0, count: max(limit, 0x80))
    for ascii in UInt8(0x21)...UInt8(0x7E) {
      let lower = (0x41...0x5A).contains(ascii) ? ascii + 0x20 : ascii
      setOfScalar[Int(ascii)] = set(of: [id(of: [lower])])
    }

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
      if scalar >= 0x80 { setOfScalar[scalar] = set(of: members) }
    }

    self.syllables = syllables
    self.setOfScalar = setOfScalar
    self.setStarts = setStarts
    self.setMembers = setMembers
    var setsOfSyllable = [[UInt16]](repeating: [], count: syllables.count)
    for r in 0..<(setStarts.count - 1) {
      for m in Int(setStarts[r])..<Int(setStarts[r + 1]) {
        setsOfSyllable[Int(setMembers[m])].append(UInt16(r))
      }
    }
    self.setsOfSyllable = setsOfSyllable
    var bmpCounts = [Int32](repeating: 0, count: setStarts.count)
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
    self.bmpStarts = bmpCounts
    self.bmpScalarsOfSet = bmpScalarsOfSet
    self.characterCount = characterCount
    // Each set's alphabetically first reading, for characters `primary` does not list.
    var firstOfSet = [UInt16](repeating: Self.noSyllable, count: setStarts.count - 1)
    for r in 1..<(setStarts.count - 1) {
      for m in Int(setStarts[r])..<Int(setStarts[r + 1]) {
        let member = setMembers[m]
        if firstOfSet[r] == Self.noSyllable
          || syllables[Int(member)].lexicographicallyPrecedes(syllables[Int(firstOfSet[r])])
        {
          firstOfSet[r] = member
        }
      }
    }
    var sortSyllableOfScalar = [UInt16](repeating: Self.noSyllable, count: setOfScalar.count)
    for scalar in 0x80..<setOfScalar.count {
      sortSyllableOfScalar[scalar] = firstOfSet[Int(setOfScalar[scalar])]
    }
    for (scalar, syllable) in primaryOfScalar where Int(scalar) < setOfScalar.count {
      sortSyllableOfScalar[Int(scalar)] = syllable
    }
    self.sortSyllableOfScalar = sortSyllableOfScalar
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
