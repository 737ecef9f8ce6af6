import Foundation

/// A region's parent named by how the text speaks of its superior: the city that sets its
/// targets (`单位工业增加值能耗完成庚州市下达目标任务`), whose plan this one is compiled under
/// (`本规划根据《辛安市…纲要》和《庚州市“十五五”制造业高质量发展规划》编制`), or of which the region is a
/// part (`全力打造壬川市东部先进制造业强县`: the city, a part of it, and a title closed by the
/// region's own level), to which it contributes (`为癸阳市建设先进制造业强市作出经开区贡献`), or whose
/// party congress or plenum it carries out (`加快落实中国共产党咸宁市第六次代表大会提出的…`, `X市委五届
/// 六次全会`). The parent is a city of two or three characters and `市`, not the region itself;
/// `完成市下达任务` (no name) and a province's plan (`《X省…》`) name none.
enum SuperiorParent {
  /// Verbs before a superior's name that sets the region's targets.
  static let setterPattern = #"(?:完成|落实|按照|执行|承接)(\p{Han}{2,3}市)下达"#
  /// A cited plan's opening: the city's name right after `《` (or `《中共`).
  static let citedPlanPattern = #"《(?:中共)?(\p{Han}{2,3}市)"#
  /// Where a city's name may start when nothing else anchors it: after no Han character, or
  /// after a verb or a party's name (`打造X市东部…`, `中国共产党X市第六次…`), so that a name of
  /// three characters is not read from its second (`X家庄市` → `家庄市`).
  static let nameStart = #"(?:(?<!\p{Han})|(?<=打造|建设|建成|成为|争创|推动|加快|中国共产党|中共|落实|贯彻))"#
  /// The parts of a city a county or district is (`东部`, `西南部`).
  static let partPattern = nameStart + #"(\p{Han}{2,3}市)(?:东|西|南|北|中|东南|东北|西南|西北)部[^，。；、]{0,12}?"#
  /// A contribution to the superior's cause (`为X市…作出新的更大贡献`).
  static let contributionPattern = #"为(\p{Han}{2,3}市)[^，。；,;]{0,24}?作出[^，。；,;]{0,10}?贡献"#
  /// The superior's party congress or plenum (`X市第六次代表大会`, `X市第六次党代会`, `X市委五届六次全会`).
  static let congressPattern =
    nameStart
    + #"(\p{Han}{2,3}市)(?:第[一二三四五六七八九十]+次(?:党员)?(?:代表大会|党代会)|委[一二三四五六七八九十]+届[一二三四五六七八九十]+次全[会体])"#
  /// Words of a sentence saying the plan is compiled under what it cites.
  static let basisWords = ["根据", "依据", "按照", "贯彻落实"]
  static let compilingWords = ["编制", "制定"]

  static func parent(of region: String, in text: String) -> String? {
    guard let level = region.last, "市县区旗".contains(level) else { return nil }
    let candidates =
      names(matching: setterPattern, in: text)
      + text.split(whereSeparator: { "。\n".contains($0) }).filter(isCompiledUnder).flatMap {
        names(matching: citedPlanPattern, in: String($0))
      }
      + names(matching: partPattern + String(level), in: text)
      + names(matching: contributionPattern, in: text)
      + names(matching: congressPattern, in: text)
    return candidates.first { name in
      name != region && !RegionGuess.notNames.contains(name)
        && !notOpenings.contains(where: name.hasPrefix) && !name.hasSuffix("年市")
        && !RegionGuess.notNames.contains(String(name.suffix(2)))
        && !RegionGuess.strengthWords.contains(where: name.hasSuffix)
    }
  }

  /// Words a city's name never opens with (`完成全年市下达…`, `本市`, `各市`).
  static let notOpenings = ["全", "各", "本", "我", "该"]

  /// A sentence saying the plan is compiled under the plans it cites.
  static func isCompiledUnder(_ sentence: Substring) -> Bool {
    sentence.contains("《") && basisWords.contains(where: sentence.contains)
      && compilingWords.contains(where: sentence.contains)
  }

  /// The first group of every match of `pattern`, in the text's order.
  static func names(matching pattern: String, in text: String) -> [String] {
    guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
    let whole = NSRange(text.startIndex..., in: text)
    return expression.matches(in: text, range: whole).compactMap { match in
      Range(match.range(at: 1), in: text).map { String(text[$0]) }
    }
  }
}
