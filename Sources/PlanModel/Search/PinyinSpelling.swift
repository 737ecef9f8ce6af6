/// Whether a query spells a name from its start: each character of the name taken as itself,
/// one of its full pinyin readings, or its initial (`zh`/`ch`/`sh` too), mixed freely
/// (`hechuanqu`, `hcq`, `he川区`, `hechuan` as the start of 合川区). Case, spaces and
/// apostrophes in the query are ignored; punctuation in the name may be skipped. The same
/// readings as `/` search (`PinyinIndex`), but anchored: `/` finds a run anywhere in a text,
/// this says whether the query is the whole name or where it starts.
enum PinyinSpelling {
  /// True when `query` spells all of `name` (`whole`) or its start.
  static func spells(_ query: String, _ name: String, whole: Bool) -> Bool {
    let q = letters(of: query)
    let chars = SearchNormalization.scalars(of: name)
    guard !q.isEmpty, !chars.isEmpty else { return false }
    // Positions in the query reachable after the name's characters so far.
    var states: Set<Int> = [0]
    for c in chars {
      var next: Set<Int> = []
      let readings = PinyinIndex.shared.readings(of: c).map {
        Array($0.unicodeScalars.map(\.value))
      }
      for i in states {
        if isSkippable(c) { next.insert(i) }
        if i < q.count, q[i] == c { next.insert(i + 1) }
        for reading in readings {
          for step in steps(q, from: i, over: reading) { next.insert(i + step) }
          // The query ends inside this reading: the start of the name is spelled.
          if !whole, i < q.count, reading.starts(with: q[i...]) { return true }
        }
      }
      if !whole, next.contains(q.count) { return true }
      if next.isEmpty { return false }
      states = next
    }
    return states.contains(q.count)
  }

  /// How far one reading carries the query from position `i`: its initial, `zh`/`ch`/`sh`,
  /// or all of it.
  private static func steps(_ q: [UInt32], from i: Int, over reading: [UInt32]) -> [Int] {
    guard i < q.count, let first = reading.first, q[i] == first else { return [] }
    var result = [1]
    if reading.count >= 3, reading[1] == 0x68, [0x7A, 0x63, 0x73].contains(first),
      i + 1 < q.count, q[i + 1] == 0x68
    {
      result.append(2)
    }
    if q.count - i >= reading.count, Array(q[i..<(i + reading.count)]) == reading {
      result.append(reading.count)
    }
    return result
  }

  /// The query's normalised characters without spaces and apostrophes (`he chuan`, `xi'an`).
  private static func letters(of query: String) -> [UInt32] {
    SearchNormalization.scalars(of: query).filter {
      !SearchNormalization.isSeparator($0) && $0 != 0x27 && $0 != 0x2019
    }
  }

  /// Punctuation and spaces in a name, which a query need not spell (`重庆·合川`).
  private static func isSkippable(_ scalar: UInt32) -> Bool {
    guard let s = Unicode.Scalar(scalar) else { return false }
    switch s.properties.generalCategory {
    case .spaceSeparator, .connectorPunctuation, .dashPunctuation, .openPunctuation,
      .closePunctuation, .otherPunctuation, .initialPunctuation, .finalPunctuation:
      return true
    default: return false
    }
  }

  /// The name's pinyin by each character's most common reading, and its initials
  /// (`合川区` → `hechuanqu`, `hcq`); other characters as themselves.
  static func primary(_ name: String) -> (full: String, initials: String) {
    var full = ""
    var initials = ""
    for c in SearchNormalization.scalars(of: name) {
      if let reading = PinyinIndex.shared.sortReading(of: c) {
        full += String(decoding: reading, as: UTF8.self)
        initials += String(UnicodeScalar(reading[0]))
      } else if let s = Unicode.Scalar(c), !isSkippable(c) {
        full.unicodeScalars.append(s)
        initials.unicodeScalars.append(s)
      }
    }
    return (full, initials)
  }
}
