import Foundation
import PlanModel

/// The region a plan is for: the administrative names its title or issuer carries
/// (`甲州市乙山区人民政府办公室` → 乙山区, parent 甲州市), else the name the text gives a
/// 委 or 政府 most often (`中共丁州市委` → 丁州市), with the province the text names most.
struct RegionGuess {
  var name: String
  var level: RegionLevel
  var parent: String?
  var province: String?
  /// True when the name came from the title or issuer.
  var fromHeader: Bool
  var provinceGuessed: Bool

  static let levels: [Character: RegionLevel] = [
    "省": .province, "市": .city, "县": .county, "区": .district,
  ]
  static let governmentWords = ["委", "人民政府", "政府", "委员会"]
  /// Words ending in 市/县/区 that are no region's name.
  static let notNames: Set<String> = [
    "全市", "我市", "本市", "城市", "该市", "县市", "各市", "全县", "我县", "本县", "各县", "全区", "我区", "本区",
    "园区", "新区", "城区", "社区", "市区", "片区", "景区", "矿区", "山区", "地区", "辖区", "省市", "全省", "我省",
    "本省", "各区", "县区", "市县", "湾区", "农村", "城乡",
  ]

  /// Verbs a `关于…` title opens with before what it is about (`关于印发…`, `关于支持…`).
  static let documentVerbs = [
    "印发", "转发", "下达", "支持", "推进", "推动", "加快", "促进", "进一步", "做好", "开展", "实施", "贯彻", "建立",
    "建设", "深化", "加强", "全面", "大力", "培育", "打造", "设立", "同意", "批准",
  ]

  /// Endings of a goal's title, no region (`制造业强县`, `工业大市`).
  static let strengthWords = ["强县", "强市", "强区", "强省", "大县", "大市", "大区", "大省"]

  /// Words opening a phrase before a place word (`在全市`, `对全县`), no part of a name.
  static let leadWords: Set<Character> = ["在", "于", "对", "向", "从", "为", "把", "将", "是", "到"]

  init?(header: [String], text: String) {
    let chain = header.lazy.map(Self.names(in:)).first { !$0.isEmpty }
    if let chain, let last = chain.last {
      // `X高新区` in the title, `YX高新技术产业开发区管理委员会` issuing it: the zone's full name.
      let zone = ZoneNames.fullName(of: last, among: header)
      name = zone ?? last
      // A zone alone in the title (`X高新区…计划`), its full name issuing it: under the city or
      // county the text names most, as a zone read from the issuer's line.
      parent =
        chain.count > 1
        ? chain[chain.count - 2] : zone.flatMap { _ in TitleZoneParent.parent(in: text) }
      fromHeader = true
    } else if let zone = header.compactMap(ZoneNames.zone(atStartOf:)).max(by: {
      $0.count < $1.count
    }) {
      // `X经济开发区管理委员会…`: the zone (its fullest name in the header), under the city or
      // county the text names most.
      name = zone
      parent = ZoneNames.parent(in: text)
      fromHeader = true
    } else if let best = Self.governmentNamed(in: text) {
      name = best
      fromHeader = false
    } else {
      return nil
    }
    level = RegionLevelNames.level(of: name) ?? Self.levels[name.last ?? "市"] ?? .city
    if parent == nil, level != .province {
      parent =
        BranchBureauParent.parent(of: name, in: text)
        ?? SuperiorParent.parent(of: name, in: text)
    }
    provinceGuessed = false
    // A province-level region lies in no province (`X省`, a municipality itself).
    if level == .province || ProvinceNames.municipalities.contains(name) {
      province = nil
    } else if let parent, ProvinceNames.all.contains(parent) {
      province = parent
    } else {
      province = ProvinceNames.mostMentioned(in: text)
      provinceGuessed = province != nil
    }
  }

  /// The administrative names at the start of a header line, in order (`甲州市乙山区…` →
  /// [甲州市, 乙山区]; `中共丙县委…` → [丙县]).
  static func names(in line: String) -> [String] {
    var rest = Substring(line).drop { PlanTextCharacters.quotes.contains($0) }
    // `关于X市2026年…计划执行情况的报告`: the report's region, not `关于X市`; but `关于印发X市…`
    // and `关于支持X市…` open with a verb, and no name is read from them.
    if rest.hasPrefix("关于") {
      rest = rest.dropFirst(2)
      if documentVerbs.contains(where: rest.hasPrefix) { return [] }
    }
    if rest.hasPrefix("中共") { rest = rest.dropFirst(2) }
    var found: [String] = []
    while true {
      // `X苗族侗族自治州人民政府`, `X盟行政公署`: a level said in more than one character.
      if let name = RegionLevelNames.name(atStartOf: rest) {
        found.append(name)
        rest = rest.dropFirst(name.count)
        if rest.hasPrefix("人民政府") { break }
        continue
      }
      let han = Array(rest.prefix(while: PlanTextCharacters.isHan).prefix(5))
      guard han.count > 1, let end = (1..<han.count).first(where: { levels[han[$0]] != nil }) else {
        break
      }
      let name = String(han[...end])
      // `Y县工业园区…`: a park's generic name is no region of its own.
      if !found.isEmpty, ZoneNames.isGeneric(name) { break }
      // `在全市推进…大会上的讲话`: a word before `全市` makes no name of it.
      guard !notNames.contains(name), !strengthWords.contains(where: name.hasSuffix),
        !(leadWords.contains(han[0]) && notNames.contains(String(name.dropFirst())))
      else { break }
      if found.last != name { found.append(name) }
      rest = rest.dropFirst(name.count)
      if rest.hasPrefix("委") { rest = rest.dropFirst() }
      // `壬山县人民政府县长`: the name's government closes the chain.
      if rest.hasPrefix("人民政府") { break }
    }
    return found
  }

  /// The `XX市/县/区` the text most often names with a 委 or 政府 after it.
  private static func governmentNamed(in text: String) -> String? {
    let characters = Array(text)
    var counts: [String: Int] = [:]
    for index in characters.indices where index >= 2 && levels[characters[index]] != nil {
      let name = String(characters[(index - 2)...index])
      guard !notNames.contains(String(name.suffix(2))), name.allSatisfy(PlanTextCharacters.isHan),
        name.last != "省" || ProvinceNames.all.contains(name)  // 学习贯彻省委…
      else { continue }
      let after = String(characters[(index + 1)..<min(characters.count, index + 5)])
      if governmentWords.contains(where: after.hasPrefix) { counts[name, default: 0] += 1 }
    }
    return counts.keys.max { a, b in
      let (ca, cb) = (occurrences(of: a, in: text), occurrences(of: b, in: text))
      return ca != cb ? ca < cb : a > b
    }
  }

  private static func occurrences(of name: String, in text: String) -> Int {
    text.components(separatedBy: name).count - 1
  }
}
