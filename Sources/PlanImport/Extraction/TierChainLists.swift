/// Chains a task lists with their tier, closing the clause: `培育A、B、C等特色产业链`,
/// `做优A、B两条特色产业链` — each named chain a cluster of that tier (a chain the plan develops
/// is a cluster, as `X产业链营业收入` is its scale). The list opens after a verb of developing
/// (`ClusterLists.developVerbs`) and closes with `等` or a count equal to its length; nothing but
/// what is said of the chains may follow `产业链` (`延伸A、B等特色产业链条` is no such list, nor
/// `重点培育1—2条特色产业链`, which names none).
enum TierChainLists {
  /// How a chain's name closes the list.
  static let chainEnd = "产业链"

  /// The lists of the sentence, each with its tier.
  static func lists(in sentence: Substring) -> [(names: [String], tier: String)] {
    SentenceSegmenter.clauses(of: sentence).compactMap(list(in:))
  }

  /// `A、B、C等{tier}产业链` or `A、B、C{count}条{tier}产业链` in one clause.
  static func list(in clause: Substring) -> (names: [String], tier: String)? {
    let text = PlanTextCharacters.unquoted(String(clause))[...]
    for tier in ClusterPatterns.tierWords {
      guard let range = text.textRange(of: tier + chainEnd),
        ClusterLists.closesIndustry(text[range.upperBound...])
      else { continue }
      let written = text[..<range.lowerBound]
      guard let head = listHead(written) else { return nil }
      let opening = ClusterPatterns.listStart(head)
      guard opening.startIndex > head.startIndex,
        ClusterLists.developVerbs.contains(where: { head[..<opening.startIndex].hasSuffix($0) })
      else { return nil }
      let raw = ClusterLists.names(opening)
      let names = raw.compactMap(ClusterLists.listedName)
      guard names.count >= 2, names.count == raw.count,
        names.allSatisfy({ $0.count <= ClusterPatterns.longestName })
      else { return nil }
      if let count = count(closing: written), count != names.count { return nil }
      return (names, tier)
    }
    return nil
  }

  /// The list before its closing `等` or count (`A、B、C等`, `A、B两条`); nil when it closes
  /// with neither or holds no `、`.
  static func listHead(_ written: Substring) -> Substring? {
    var head = written
    if head.hasSuffix("等") {
      head = head.dropLast()
    } else if count(closing: written) != nil {
      head = head.dropLast()
      while let last = head.last, ChineseNumber.isNumeral(last) || PlanTextCharacters.isDigit(last)
      {
        head = head.dropLast()
      }
    } else {
      return nil
    }
    return head.contains("、") ? head : nil
  }

  /// The count `N条` (or `N大`, `N个`) closing the list, if any.
  static func count(closing written: Substring) -> Int? {
    guard let unit = written.last, "条大个".contains(unit) else { return nil }
    let digits = String(
      written.dropLast().reversed().prefix {
        ChineseNumber.isNumeral($0) || PlanTextCharacters.isDigit($0)
      }.reversed())
    guard !digits.isEmpty else { return nil }
    return Int(digits) ?? ChineseNumber.value(digits[...])
  }
}
