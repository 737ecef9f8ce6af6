import Foundation

/// China's province-level divisions, to tell which province a region lies in from the
/// names its text mentions. The four municipalities are their own province.
enum ProvinceNames {
  static let all: [String] = [
    "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省",
    "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省",
    "云南省", "陕西省", "甘肃省", "青海省", "台湾省", "内蒙古自治区", "广西壮族自治区", "西藏自治区",
    "宁夏回族自治区", "新疆维吾尔自治区", "香港特别行政区", "澳门特别行政区",
  ]
  static let municipalities: Set<String> = ["北京市", "天津市", "上海市", "重庆市"]

  /// The short name the texts also use (`四川` for 四川省, `广西` for 广西壮族自治区).
  static func shortName(_ province: String) -> String {
    if province.hasPrefix("内蒙古") { return "内蒙古" }
    if province.hasPrefix("黑龙江") { return "黑龙江" }
    return String(province.prefix(2))
  }

  /// The province mentioned most often in the text, by full or short name; else a province
  /// no list here holds, named with a part of it (`建设X省中部…`).
  static func mostMentioned(in text: String) -> String? {
    var best: (String, Int)?
    for province in all {
      let count = mentions(of: shortName(province), in: text)
      if count > 0, count > (best?.1 ?? 0) { best = (province, count) }
    }
    return best?.0 ?? namedWithPart(in: text)
  }

  /// What may follow a short name that makes it no province: an exchange named after a city
  /// (`北京证券交易所`), and a direction word that ends the name (`X江西部`: 西部, not 江西).
  static let notProvinceFollowers = ["证券交易所", "交易所"]
  static let directionEnds: Set<Character> = ["东", "南", "西", "北"]
  static let directionFollowers: Set<Character> = ["部", "岸", "侧", "麓", "郊", "段", "路"]

  /// Occurrences of a province's short name that name the province.
  static func mentions(of short: String, in text: String) -> Int {
    var count = 0
    var search = text.startIndex
    while let found = text[search...].textRange(of: short) {
      search = found.upperBound
      let rest = text[found.upperBound...]
      if notProvinceFollowers.contains(where: rest.hasPrefix) { continue }
      // `在上海、深圳设立驻点招商联络处`: a place the plan works in (`WorkPlaceMentions`).
      if WorkPlaceMentions.isWorkPlace(text, name: found) { continue }
      // Only where another name runs into it (`泠江西部`), not `河南部分`, `广东部署`.
      if let last = short.last, directionEnds.contains(last), let next = rest.first,
        directionFollowers.contains(next), found.lowerBound > text.startIndex,
        PlanTextCharacters.isHan(text[text.index(before: found.lowerBound)])
      {
        continue
      }
      count += 1
    }
    return count
  }

  /// What follows a province's name that no list here holds: a part of it (`X省中部`); not
  /// its organs, which follow a verb as often (`贯彻省委`).
  static let partFollowers = ["中部", "东部", "西部", "南部", "北部", "东北部", "西北部", "东南部", "西南部"]

  /// `X省` (two characters and 省) followed by a part of it, the most named.
  static func namedWithPart(in text: String) -> String? {
    let characters = Array(text)
    var counts: [String: Int] = [:]
    for index in characters.indices where index >= 2 && characters[index] == "省" {
      let name = String(characters[(index - 2)...index])
      let rest = String(characters[(index + 1)..<min(characters.count, index + 4)])
      guard name.allSatisfy(PlanTextCharacters.isHan), !RegionGuess.notNames.contains(name),
        !RegionGuess.notNames.contains(String(name.suffix(2))),
        partFollowers.contains(where: rest.hasPrefix)
      else { continue }
      counts[name, default: 0] += 1
    }
    // The name is written elsewhere too (`X省中部`, `X凯拓科技`): not words before 省 by chance
    // (`融入省中部`).
    let named = counts.filter { name, count in
      text.components(separatedBy: String(name.dropLast())).count - 1 > count
    }
    return named.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
  }
}
