/// A list closed by its own count and a field noun, with no `等`: `整车制造、动力电池、电驱电控、
/// 汽车电子四个细分领域`, `A、B两个细分领域`, `A、B、C三大板块`, `A、B、C三个环节` — the names are the
/// list's, the count and the noun belong to none of them (not `汽车电子四个细分领域`).
/// Gates: the count, in numerals or digits with `个`/`大`/`项`, equals the number of names before
/// it; at most a short qualifier (`细分`, `重点`, `优势`) stands between it and the noun.
enum CountClosedLists {
  /// The nouns such a count closes a list of industries' fields with.
  static let fieldNouns = ["领域", "方向", "赛道", "板块", "环节", "行业", "产业", "集群"]
  /// Words that may stand between the count and the noun.
  static let qualifiers = ["细分", "重点", "主要", "优势", "特色", "关键", "核心"]
  static let measures: Set<Character> = ["个", "大", "项"]

  /// The list without its closing count and noun; unchanged when it closes with none that
  /// matches its length.
  static func withoutCount(_ list: Substring) -> Substring {
    guard let noun = fieldNouns.first(where: list.hasSuffix) else { return list }
    var head = list.dropLast(noun.count)
    if let qualifier = qualifiers.first(where: head.hasSuffix) {
      head = head.dropLast(qualifier.count)
    }
    guard let measure = head.last, measures.contains(measure) else { return list }
    let numerals = head.dropLast().reversed().prefix {
      ChineseNumber.isNumeral($0) || PlanTextCharacters.isDigit($0)
    }
    let countText = Substring(String(numerals.reversed()))
    guard !countText.isEmpty,
      let count = Int(countText) ?? ChineseNumber.value(countText), count >= 2
    else { return list }
    let names = head.dropLast(countText.count + 1)
    guard ClusterLists.names(names).count == count else { return list }
    return names
  }
}
