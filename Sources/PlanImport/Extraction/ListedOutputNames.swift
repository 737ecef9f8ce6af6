/// The industries a `分别` clause shares its outputs out to, named by a list the sentence gave
/// before the clause:
/// - a head of output words alone (`…做强A、B、C三大主导产业,到2028年产值分别达到450亿元、380亿元和
///   260亿元`): the industries of the counted list in the clause before, in order;
/// - names the last of which alone says its output (`围绕A、B、C三个细分领域…,A、B、C产值分别达到
///   70亿元、80亿元和50亿元`): that output is every name's, when the names are a counted list's
///   the sentence gave before.
/// Each name is then its industry's output (`A产业产值`), so that it is the industry's scale.
enum ListedOutputNames {
  /// Words that say what an industry's output is measured by, longest first.
  static let outputWords = ["主营业务收入", "营业收入", "总产值", "产值", "规模"]

  /// `head`: the clause's words before `分别`; `previous`: the clause before it.
  static func names(head: Substring, previous: Substring?) -> [String]? {
    let earlier = sentenceBefore(head)
    let cleaned = MetricText.clean(head)
    if let output = outputWords.first(where: { cleaned == $0 }), let previous {
      guard let listed = counted(in: previous).last else { return nil }
      return listed.map { industryOutput($0, output) }
    }
    let names = MetricText.splitNames(cleaned, at: "、和及").map { MetricText.clean($0[...]) }
    guard names.count >= 2, let last = names.last,
      let output = outputWords.first(where: { last.hasSuffix($0) && last.count > $0.count }),
      !names.dropLast().contains(where: { name in outputWords.contains(where: name.hasSuffix) })
    else { return nil }
    let bare = Array(names.dropLast()) + [String(last.dropLast(output.count))]
    guard listedWithCount(bare, in: earlier) else { return nil }
    return bare.map { industryOutput($0, output) }
  }

  /// The counted lists of industries or fields a text gives (`A、B、C三大主导产业`,
  /// `A、B、C三个细分领域`).
  static func counted(in text: Substring) -> [[String]] {
    ClusterPatterns.listed(in: text).map(\.names)
      + SentenceSegmenter.clauses(of: text).map(ClusterLists.counted(in:)).filter { !$0.isEmpty }
  }

  /// Whether `text` lists the names in order, closed by their count (`A、B、C三个细分领域`,
  /// `A、B和C三大`).
  static func listedWithCount(_ names: [String], in text: Substring) -> Bool {
    let head = names.dropLast().joined(separator: "、")
    for joint in ["、", "和", "及"] {
      let list = head + joint + (names.last ?? "")
      guard let range = text.textRange(of: list) else { continue }
      let rest = text[range.upperBound...]
      let numeral = rest.prefix { ChineseNumber.isNumeral($0) || PlanTextCharacters.isDigit($0) }
      guard let count = Int(numeral) ?? ChineseNumber.value(numeral), count == names.count,
        let measure = rest.dropFirst(numeral.count).first, "个大类项".contains(measure)
      else { continue }
      return true
    }
    return false
  }

  /// `A产业产值`: the name with `产业` (unless it ends so) and the output word.
  static func industryOutput(_ name: String, _ output: String) -> String {
    (name.hasSuffix("产业") ? name : name + "产业") + output
  }

  /// The words of the sentence `head` stands in, before it.
  static func sentenceBefore(_ head: Substring) -> Substring {
    let text = head.base
    let start =
      text[..<head.startIndex].lastIndex(where: { "。!?".contains($0) }).map {
        text.index(after: $0)
      } ?? text.startIndex
    return text[start..<head.startIndex]
  }
}
