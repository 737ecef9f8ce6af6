/// A plan that lays its industries out place by place heads each with the place and its
/// industry parted by a dash: `2.苎坞镇——竹木家居。…`, `(三)经开区—智能装备`. The industry is a
/// cluster; what the paragraph says its output reaches (`到2028年产值突破120亿元`) is that
/// cluster's scale, not a goal of the whole region.
enum PlaceHeadedIndustry {
  /// How a place's name ends: a town, a township, a sub-district, a county or district, a park.
  static let placeEnds = [
    "街道", "镇", "乡", "县", "区", "市", "园区", "开发区", "工业园", "片区", "新区", "高新区", "经开区",
  ]
  static let longestPlace = 8
  /// What a heading of the layout names that is no industry (`全市——总体布局`, `城东——创新发展区`).
  static let layoutWords = ["布局", "格局", "体系", "发展", "建设", "区", "带", "轴", "圈", "园", "中心", "示范"]
  static let longestName = 10

  /// The industry a `place——industry` heading names, or nil.
  static func name(_ title: String) -> String? {
    guard let dash = title.firstIndex(where: isDash) else { return nil }
    let place = title[..<dash]
    let industry = title[dash...].drop(while: isDash)
    guard place.count >= 2, place.count <= longestPlace,
      place.allSatisfy(PlanTextCharacters.isHan), placeEnds.contains(where: place.hasSuffix),
      industry.count >= 2, industry.count <= longestName,
      industry.allSatisfy(PlanTextCharacters.isHan),
      !ClusterHeading.verbs.contains(where: industry.hasPrefix),
      !layoutWords.contains(where: industry.hasSuffix),
      let name = ClusterLists.listedName(String(industry))
    else { return nil }
    return name
  }

  private static func isDash(_ c: Character) -> Bool { c == "—" || c == "─" || c == "-" }
}
