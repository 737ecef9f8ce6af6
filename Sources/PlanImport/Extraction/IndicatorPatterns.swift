import PlanModel

/// Land and energy indicators: a goal whose metric or unit speaks of land use (亩均税收,
/// 亩均营业收入, 单位工业用地产出, 容积率 …) or of energy and carbon (单位工业增加值能耗下降,
/// 能效标杆水平, 碳排放 …) is filed as an indicator of that category instead of a target.
enum IndicatorPatterns {
  static let landWords = ["亩均", "用地", "土地", "容积率", "地均", "亩产", "建筑密度", "投资强度", "出让"]
  static let energyWords = [
    "能耗", "能效", "碳排放", "二氧化碳", "标准煤", "节能", "用能", "清洁能源", "可再生能源", "非化石能源", "碳强度",
    "能源利用", "低碳", "天然气", "电源", "供电", "电网",
  ]

  static func category(metric: String, unit: String?) -> IndicatorCategory? {
    if let unit, KnownUnits.perLand.contains(unit) || KnownUnits.land.contains(unit) {
      return .land
    }
    if let unit, ["吨标准煤", "万吨标准煤", "吨标准煤/万元", "吨二氧化碳/万元"].contains(unit) {
      return .energy
    }
    if landWords.contains(where: metric.contains) { return .land }
    if energyWords.contains(where: metric.contains) { return .energy }
    return nil
  }
}
