/// A place the plan works in, not the province it lies in: a province's or municipality's name
/// after a verb of going or working there, alone or in a list of places (`在上海、深圳设立驻点
/// 招商联络处`, `赴北京、上海开展招商`, `到广东、福建考察`) — unless its organs follow
/// (`在上海市委、市政府的领导下`: the plan's own).
enum WorkPlaceMentions {
  /// Verbs of going or working somewhere, before the places.
  /// (`对接江西省产业转移` works with the province's industry, no place: not read.)
  static let verbs = ["在", "赴", "到", "去", "前往", "走进", "深入"]
  /// `在`, `到` alone say no going (`力争在江西省率先建成…`): a list of places or a verb of work
  /// after the name must say it.
  static let placeOnlyVerbs = ["在", "到"]
  /// What is done in a place the plan works in (`在北京设立招商联络处`, `到深圳开展招商`).
  static let workVerbs = ["设立", "设点", "开展", "考察", "招商", "举办", "建立", "驻点", "参加", "对接"]
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
    let rest = text[name.upperBound...]
    let saysWork =
      rest.hasPrefix("、") || rest.dropFirst().hasPrefix("、")
      || workVerbs.contains { rest.prefix(longestPlace + 4).contains($0) }
    let listed = verbs.contains { verb in
      guard let found = before.textRange(of: verb, backwards: true) else { return false }
      let places = before[found.upperBound...]
      if placeOnlyVerbs.contains(verb), places.isEmpty, !saysWork { return false }
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
