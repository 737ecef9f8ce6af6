/// The names a count of industries stands for before `分别`: `A、B两大产业集群产值分别达到…`
/// (the list before the count, each with the words after it: `A产业集群产值`, `B产业集群产值`), and
/// `三大产业分别完成产值108亿元、64亿元、37亿元` after a clause that listed them (`围绕A、B、C三大主导
/// 产业开展…`: `A产业产值`…). The count must be the list's length.
enum CountedIndustryNames {
  /// Output words a figure after `分别` and its verb may name (`分别完成产值…`).
  static let outputWords = ["产值", "营业收入", "主营业务收入", "增加值", "规模"]
  static let verbs = ["完成", "实现", "达到", "达"]
  /// Words of a class besides the tiers a count may name its industries by (`四条重点产业链`).
  static let classWords = ["重点"]

  /// `head`: the words before `分别`; `earlier`: the sentence before the clause; `after`: the
  /// words after `分别`.
  static func names(head: Substring, earlier: Substring?, after: Substring) -> [String]? {
    guard let (count, mark) = countMark(in: head) else { return nil }
    var tail = String(head[mark.upperBound...])
    if let tier = (ClusterPatterns.tierWords + classWords).first(where: tail.hasPrefix) {
      tail.removeFirst(tier.count)
    }
    guard tail.hasPrefix("产业") || tail.hasPrefix("集群") else { return nil }
    if !ClusterHeading.outputWords.contains(where: { tail.hasSuffix($0) }),
      let output = outputAfter(after)
    {
      tail += output
    }
    var listed = MetricText.splitNames(MetricText.clean(head[..<mark.lowerBound]), at: "、")
      .map { MetricText.clean($0[...]) }.filter { !$0.isEmpty }
    if listed.count < 2, let earlier {
      let lists =
        ClusterPatterns.listed(in: earlier).map(\.names)
        + SentenceSegmenter.clauses(of: earlier).map(ClusterLists.counted(in:))
      listed = lists.last { $0.count == count } ?? ledList(in: earlier, count: count) ?? []
    }
    guard listed.count == count, listed.allSatisfy({ $0.count >= 2 }) else { return nil }
    return listed.map { $0 + tail }
  }

  /// `形成了以A、B、C、D为重点的产业格局`: the last list `以` opens and `为` closes in the text before
  /// with as many names as the count, each an industry's.
  static func ledList(in text: Substring, count: Int) -> [String]? {
    for clause in SentenceSegmenter.clauses(of: text).reversed() {
      // `为` first, then the last `以` before it: a `以上`/`以来` after the list hides nothing.
      guard let role = clause.textRange(of: "为", backwards: true),
        let lead = clause[..<role.lowerBound].textRange(of: "以", backwards: true)
      else { continue }
      let written = ClusterLists.names(clause[lead.upperBound..<role.lowerBound])
      let names = written.compactMap(ClusterLists.listedName)
      if names.count == count, written.count == count { return names }
    }
    return nil
  }

  /// `两大`, `三个`, `3个` standing before the words that close the head: the count and where it
  /// stands.
  private static func countMark(in head: Substring) -> (Int, Range<String.Index>)? {
    var index = head.endIndex
    while index > head.startIndex {
      let before = head.index(before: index)
      if "大个条".contains(head[before]) {
        var start = before
        while start > head.startIndex,
          ChineseNumber.isNumeral(head[head.index(before: start)])
            || PlanTextCharacters.isDigit(head[head.index(before: start)])
        {
          start = head.index(before: start)
        }
        let written = head[start..<before]
        if !written.isEmpty,
          let count = Int(written) ?? ChineseNumber.value(written), count >= 2
        {
          return (count, start..<index)
        }
      }
      index = before
    }
    return nil
  }

  /// `完成产值108亿元`: the output word between the verb and the first figure.
  private static func outputAfter(_ after: Substring) -> String? {
    var text = after.prefix { !PlanTextCharacters.isDigit($0) }
    if let verb = verbs.first(where: text.hasPrefix) { text = text.dropFirst(verb.count) }
    return outputWords.first { String(text) == $0 }
  }
}
