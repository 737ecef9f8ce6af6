/// A place the plan works in, not the province it lies in: a province's or municipality's name
/// after a verb of going or working there, alone or in a list of places (`在上海、深圳设立驻点
/// 招商联络处`, `赴北京、上海开展招商`, `到广东、福建考察`) — unless its organs follow
/// (`在上海市委、市政府的领导下`: the plan's own).
enum WorkPlaceMentions {
  /// Verbs of going or working somewhere, before the places.
  /// (`对接江西省产业转移` works with the province's industry, no place: not read.)
  static let verbs = ["在", "赴", "到", "去", "前往", "走进", "深入"]
  /// The longest name of a place in such a list.
  static let longestPlace = 6
  /// A place's organs after its name: the plan's own place.
  static let organs = ["委", "政府", "人民政府", "党委"]

  static func isWorkPlace(_ text: String, name: Range<String.Index>) -> Bool {
    let clauseStart =
      text[..<name.lowerBound].lastIndex(where: {
        PlanTextCharacters.sentenceEnds.contains($0) || PlanTextCharacters.clauseEnds.contains($0)
      }).map(text.index(after:)) ?? text.startIndex
    let before = text[clauseStart..<name.lowerBound]
    // The verb nearest before the name, only places (and `、`) between them.
    let listed = verbs.contains { verb in
      guard let found = before.textRange(of: verb, backwards: true) else { return false }
      let places = before[found.upperBound...]
      return places.isEmpty
        || (places.last == "、"
          && places.split(separator: "、").allSatisfy { place in
            place.count <= longestPlace && place.allSatisfy(PlanTextCharacters.isHan)
          })
    }
    guard listed else { return false }
    var after = text[name.upperBound...]
    if let level = after.first, "市省".contains(level) { after = after.dropFirst() }
    return !organs.contains(where: after.hasPrefix)
  }
}
