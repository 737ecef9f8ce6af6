import PlanModel

/// Region names whose level is said in more than the one character `市`/`县`/`区`/`省`: an
/// autonomous region (`X苗族侗族自治州`, `X彝族自治县`, `X自治旗`, `X回族自治区`), a league or
/// banner (`X盟`, `X旗`, named so only before the organ that governs it: `X盟行政公署`, `X旗人民政府`)
/// and a prefecture (`X地区`). The format's levels: a 自治州, 盟 or 地区 is prefecture-level (市),
/// a 自治县 or 旗 county-level (县), a 自治区 province-level (省).
enum RegionLevelNames {
  /// The autonomous levels and what the format files them as.
  static let autonomousLevels: [(word: String, level: RegionLevel)] = [
    ("自治州", .city), ("自治县", .county), ("自治旗", .county), ("自治区", .province),
  ]
  /// A league's or banner's level word and what the format files it as.
  static let bannerLevels: [(word: String, level: RegionLevel)] = [("盟", .city), ("旗", .county)]
  /// What may follow a league's or banner's name for it to be one (`X盟行政公署`, `X旗委`).
  static let governingWords = ["行政公署", "公署", "人民政府", "政府", "委", "党委", "关于"]
  /// The most characters of a name before its level word (`博尔塔拉蒙古`).
  static let longestRoot = 10

  /// The region's name opening `text` when its level is one of these words, else nil.
  static func name(atStartOf text: Substring) -> String? {
    let han = text.prefix(while: PlanTextCharacters.isHan).prefix(longestRoot + 3)
    for (word, _) in autonomousLevels {
      if let found = han.range(of: word),
        han.distance(from: han.startIndex, to: found.lowerBound) >= 2
      {
        // `甲省乙苗族自治州`: the province opens the line; it is read first, this name after it.
        guard !naming(higherLevel: han[..<found.lowerBound]) else { return nil }
        return String(han[..<found.upperBound])
      }
    }
    for (word, _) in bannerLevels {
      guard let end = han.firstIndex(where: { String($0) == word }) else { continue }
      let root = han[..<end]
      let after = text[text.index(after: end)...]
      if (2...5).contains(root.count), governingWords.contains(where: after.hasPrefix),
        !naming(higherLevel: root), !allianceEnds.contains(where: { root.hasSuffix($0) })
      {
        return String(han[...end])
      }
    }
    return nil
  }

  /// `联盟`, `同盟`, `加盟`, `结盟`: a 盟 that is an alliance, not a league.
  static let allianceEnds = ["联", "同", "加", "结"]

  /// True when the words before a level word hold a region of their own (`甲省`, `乙市`).
  static func naming(higherLevel root: Substring) -> Bool {
    root.contains { "省市县".contains($0) }
  }

  /// The format's level of a name with one of these level words, else nil.
  static func level(of name: String) -> RegionLevel? {
    if let found = autonomousLevels.first(where: { name.hasSuffix($0.word) }) { return found.level }
    if name.hasSuffix("地区"), name.count > 2 { return .city }
    guard name.count >= 3 else { return nil }
    return bannerLevels.first { name.hasSuffix($0.word) }?.level
  }

  /// The place name a region's id is read from: `壬溪苗族侗族自治州` → 壬溪, `X彝族自治县` → X,
  /// `X盟` → X; nil for a name of another level.
  static func placeName(of name: String) -> String? {
    guard level(of: name) != nil else { return nil }
    var base = name
    if let found = autonomousLevels.first(where: { name.hasSuffix($0.word) }) {
      base.removeLast(found.word.count)
    } else {
      base.removeLast(name.hasSuffix("地区") ? 2 : 1)
    }
    // The peoples an autonomous region is named for follow its place name.
    let characters = Array(base)
    for start in 2..<max(2, characters.count) {
      let rest = String(characters[start...])
      if peoples.contains(where: rest.hasPrefix) { return String(characters[..<start]) }
    }
    return base
  }

  /// The peoples autonomous regions are named for (`苗族`, `土家族`, `蒙古`, `各族`).
  static let peoples = [
    "壮族", "回族", "满族", "维吾尔族", "苗族", "彝族", "土家族", "藏族", "蒙古", "侗族", "布依族", "瑶族", "白族",
    "朝鲜族", "哈尼族", "黎族", "哈萨克族", "傣族", "畲族", "傈僳族", "东乡族", "仡佬族", "拉祜族", "佤族", "水族",
    "纳西族", "羌族", "土族", "仫佬族", "锡伯族", "柯尔克孜族", "景颇族", "达斡尔族", "撒拉族", "布朗族", "毛南族",
    "塔吉克族", "普米族", "阿昌族", "怒族", "鄂温克族", "京族", "基诺族", "德昂族", "保安族", "俄罗斯族", "裕固族",
    "乌孜别克族", "门巴族", "鄂伦春族", "独龙族", "赫哲族", "高山族", "珞巴族", "塔塔尔族", "各族",
  ]
}
