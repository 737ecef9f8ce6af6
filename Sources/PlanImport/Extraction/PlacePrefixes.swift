/// The place a plan is for, written before an industry's output (`平台生物医药产业营业收入`,
/// `园区新材料产业产值`): no part of the industry's name. Left when what follows is too short to
/// name an industry alone (`平台经济` stays).
enum PlacePrefixes {
  /// Words a plan calls its own park or platform by.
  static let words = ["全平台", "全园区", "平台", "园区", "开发区", "高新区", "经开区", "示范区", "产业园"]

  /// The name without such a prefix, when at least three characters are left.
  static func withoutPlace(_ name: String) -> String {
    guard let word = words.first(where: name.hasPrefix), name.count - word.count >= 3 else {
      return name
    }
    return String(name.dropFirst(word.count))
  }
}
