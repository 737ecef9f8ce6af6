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

  /// The province mentioned most often in the text, by full or short name.
  static func mostMentioned(in text: String) -> String? {
    var best: (String, Int)?
    for province in all {
      let short = shortName(province)
      let count = text.components(separatedBy: short).count - 1
      if count > 0, count > (best?.1 ?? 0) { best = (province, count) }
    }
    return best?.0
  }
}
