import PlanModel

/// Ids for drafted items: the region id, the item kind and a readable slug of the item's
/// name in pinyin (`chengdu.target.gong-ye-zeng-jia-zhi`), made unique with a number.
struct DraftIDs {
  let region: String
  private var used: Set<String> = []
  /// The longest slug, in syllables.
  static let syllables = 6

  init(region: String) { self.region = region }

  /// A region id from a region name: its pinyin without the level, read as place names are
  /// read (`甲州市` → `jiazhou`, `丰都县` → `fengdu`).
  static func regionID(for name: String) -> String {
    // `X苗族侗族自治州` → `X`: an autonomous region's id is its place name's.
    var base = RegionLevelNames.placeName(of: name) ?? name
    // `X经济开发区` → `X`: a zone's id is its place name's.
    if let suffix = ZoneNames.suffixes.first(where: base.hasSuffix), base.count > suffix.count + 1 {
      base.removeLast(suffix.count)
    }
    if base.count > 2, let last = base.last, RegionGuess.levels[last] != nil { base.removeLast() }
    let id = PlaceNameReadings.pinyin(of: base)
    return id.isEmpty ? "region" : id
  }

  /// A new id of `kind` (`target`, `cluster` …) for `name`, never one given before.
  mutating func make(_ kind: String, name: String, under parent: String? = nil) -> String {
    let slug = Self.slug(name)
    let base = (parent ?? "\(region).\(kind)") + "." + (slug.isEmpty ? "item" : slug)
    var id = base
    var number = 2
    while used.contains(id) {
      id = "\(base)-\(number)"
      number += 1
    }
    used.insert(id)
    return id
  }

  /// Pinyin syllables joined by `-`; ASCII letters and digits kept as words.
  static func slug(_ name: String) -> String {
    var words: [String] = []
    var ascii = ""
    func flush() {
      if !ascii.isEmpty { words.append(ascii.lowercased()) }
      ascii = ""
    }
    for scalar in name.unicodeScalars {
      if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) {
        ascii.unicodeScalars.append(scalar)
      } else {
        flush()
        if let reading = Pinyin.usualReading(of: scalar) { words.append(reading) }
      }
      if words.count >= syllables { break }
    }
    flush()
    return words.prefix(syllables).joined(separator: "-")
  }
}
