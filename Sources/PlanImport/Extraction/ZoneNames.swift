/// Development zones as the region a plan is for: a zone's name at the start of the issuer or
/// title (`X经济开发区管理委员会`, `X高新区关于…`) is the region, level 区, its parent the city or
/// county the text names most; and a park's generic name after a county's (`Y县工业园区“二次创业”
/// …方案`) is no region of its own: the county is.
enum ZoneNames {
  /// How a zone's name ends, longest first.
  static let suffixes = [
    "高新技术产业开发区", "经济技术开发区", "高新技术开发区", "经济开发区", "高新区", "经开区", "开发区",
    "工业园区", "产业园区", "新区",
  ]
  /// What follows a zone's name at the start of a header line: its administration or the title's
  /// `关于`.
  static let followers = ["管理委员会", "管委会", "党工委", "工作委员会", "关于", "办公室", "人民政府"]
  /// A name's ending that makes it a park's generic word, no region (`工业园区`, `产业片区`).
  static let genericEnds = ["园区", "片区", "社区", "景区", "辖区"]
  static let longestPrefix = 4
  /// Characters after 市 or 县 that make a word of it, no place (`市场`, `市民`, `县域`).
  static let wordContinuations: Set<Character> = ["场", "民", "值", "级", "区", "内", "域", "属", "城", "直"]
  /// Words ending in 市 or 县 that name no place (`企业上市`, `超市`).
  static let notPlaceEnds = ["上市", "超市", "股市", "楼市", "入市", "集市", "夜市", "门市", "都市", "城市", "县城"]

  /// `柘湾经济开发区管理委员会` (or `中共柘湾经济开发区工作委员会`) → `柘湾经济开发区`; nil when the
  /// line opens with no zone's name.
  static func zone(atStartOf given: String) -> String? {
    // `中共X经济开发区工作委员会`: the party's prefix is no part of the zone's name.
    let line = given.hasPrefix("中共") ? String(given.dropFirst(2)) : given
    let han = line.prefix(while: PlanTextCharacters.isHan)
    for length in 2...longestPrefix {
      let prefix = han.prefix(length)
      guard prefix.count == length,
        !prefix.contains(where: { RegionGuess.levels[$0] != nil })
      else { return nil }
      let rest = line.dropFirst(length)
      guard let suffix = suffixes.first(where: rest.hasPrefix) else { continue }
      let after = rest.dropFirst(suffix.count)
      guard after.isEmpty || followers.contains(where: after.hasPrefix) else { return nil }
      return String(prefix) + suffix
    }
    return nil
  }

  /// The full name of the zone `short` names (`X高新区` → `X高新技术产业开发区`), as a header
  /// line opens with it; nil when `short` is no zone's name or no line gives a longer one.
  static func fullName(of short: String, among header: [String]) -> String? {
    guard let suffix = suffixes.first(where: short.hasSuffix) else { return nil }
    let root = short.dropLast(suffix.count)
    guard root.count >= 2 else { return nil }
    return header.compactMap(zone(atStartOf:)).filter { zone in
      zone.count > short.count && zone.contains(root)
    }.max { $0.count < $1.count }
  }

  /// True for a park's generic name read as a place (`工业园区`).
  static func isGeneric(_ name: String) -> Bool {
    genericEnds.contains(where: name.hasSuffix)
      && !name.dropLast(2).contains { c in
        RegionGuess.levels[c] != nil
      } && name.count <= 4
  }

  /// The city or county the text names most (`建设鹭川市先进制造业…`): a zone's parent.
  static func parent(in text: String) -> String? {
    let counts = parentCounts(in: text)
    return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
  }

  /// How often the text names each city or county (`X市`, `X县`, three characters) a zone may
  /// lie under.
  static func parentCounts(in text: String) -> [String: Int] {
    let characters = Array(text)
    var counts: [String: Int] = [:]
    for index in characters.indices where index >= 2 && "市县".contains(characters[index]) {
      let name = String(characters[(index - 2)...index])
      guard name.allSatisfy(PlanTextCharacters.isHan), !RegionGuess.notNames.contains(name),
        !RegionGuess.notNames.contains(String(name.suffix(2))),
        !notPlaceEnds.contains(String(name.suffix(2))),
        index + 1 == characters.count || !wordContinuations.contains(characters[index + 1]),
        !RegionGuess.leadWords.contains(characters[index - 2])
      else { continue }
      counts[name, default: 0] += 1
    }
    return counts
  }
}
