import Foundation

/// Enterprise-cultivation ladders written without a `—` chain:
/// - a list of three or more enterprise tiers the clause cultivates
///   (`积极培育高新技术企业、创新型领军企业、专精特新“小巨人”企业、单项冠军企业`);
/// - administrative levels of one kind of enterprise or factory, where the clause grades them
///   (`梯度构建国家、省级绿色工厂培育库`, `国家级和省级专精特新“小巨人”企业分别达到10家、30家`);
/// - three or more programmes, each for a kind of enterprise, in a paragraph about a graded
///   ladder (`建立企业梯度培育体系…实施小微企业“育苗”计划…实施骨干企业“领航”工程`).
/// A list of enterprises that are not tiers (`国有企业、民营企业、外资企业`) is not a ladder.
enum LadderLists {
  /// Words that name an enterprise's tier, the rungs of a ladder.
  static let tierMarks = [
    "专精特新", "小巨人", "冠军", "瞪羚", "独角兽", "领军", "高新技术", "科技型", "创新型", "规上", "规模以上", "上市",
    "链主", "龙头", "骨干", "500强", "百强", "雏鹰", "种子", "领航", "灯塔", "标杆", "头部", "小升规",
  ]
  /// How an enterprise tier's name ends.
  static let enterpriseEnds = ["企业(产品)", "企业（产品）", "企业", "冠军", "独角兽"]
  /// Verbs of cultivating, before or after a list of tiers.
  static let cultivationVerbs = ["培育", "培养", "扶持", "引育", "壮大", "挖掘", "孵化", "认定", "发现", "遴选"]
  /// Where the list starts in its first piece: after the last of these.
  static let listOpeners =
    cultivationVerbs + [
      "一批", "更多", "健全", "完善", "支持", "鼓励", "打造", "建设", "发展",
      // `建立A、B、C、D梯次培育库`, `构建A、B、C梯度培育体系`: pools of tiers to grade.
      "建立", "构建",
    ]
  /// Words that say the text grades what it names.
  static let gradingWords = ["梯度", "梯次", "培育库", "分层分级", "分级"]
  /// Administrative levels, the lowest last.
  static let levels = ["国家级", "国家", "省级", "市级", "县级", "区级"]
  static let longestStep = 16

  /// Every ladder a sentence states: `—` chains, else tier lists and graded levels.
  static func ladders(in sentence: Substring) -> [[String]] {
    let chains = LadderPatterns.chains(in: sentence)
    guard chains.isEmpty else { return chains }
    return SentenceSegmenter.clauses(of: sentence).compactMap { clause in
      guard !PolicyConditions.namesRewarded(clause, in: sentence) else { return nil }
      return LadderPhrasings.steps(in: clause) ?? enumerated(in: clause) ?? levelled(in: clause)
    }
  }

  /// The tiers a clause lists where it cultivates them, in the text's order.
  static func enumerated(in clause: Substring) -> [String]? {
    let pieces = MetricText.splitNames(String(clause))
    guard pieces.count >= 3 else { return nil }
    var steps: [String] = []
    var cultivated = false
    for (index, piece) in pieces.enumerated() {
      var item = piece
      if index == 0 {
        guard let start = lastOpener(in: piece) else { return nil }
        cultivated = cultivationVerbs.contains(where: piece[..<start].contains)
        item = String(piece[start...])
        // `对新认定的A、B`, `认定为A`: the particle after the verb is no part of the name.
        if let first = item.first, "的为".contains(first) { item.removeFirst() }
      }
      guard let end = enterpriseEnd(of: item) else { break }
      let rest = item[end...]
      item = String(item[..<end])
      guard isTier(item) else { return nil }
      steps.append(item)
      if !rest.isEmpty {
        guard LadderListEnd.cultivates(rest) else { return nil }
        cultivated = true
        break
      }
    }
    guard steps.count >= 3, cultivated else { return nil }
    return steps
  }

  /// `国家级和省级X分别达到…`, `梯度构建国家、省级X培育库`: one step per level, lowest first.
  static func levelled(in clause: Substring) -> [String]? {
    let text = String(clause)
    var start = text.startIndex
    while start < text.endIndex {
      defer { start = text.index(after: start) }
      guard let (named, nounStart) = levelRun(text[start...]), named.count >= 2 else { continue }
      let noun = levelledNoun(text[nounStart...])
      guard noun.count >= 2, noun.count <= longestStep else { continue }
      let graded = gradingWords.contains(where: text.contains)
      let counted = text.contains("分别") && isTier(noun) && enterpriseEnd(of: noun) != nil
      guard graded || counted else { return nil }
      return named.sorted { rank($0) < rank($1) }.map { $0 + noun }
    }
    return nil
  }

  /// The programmes for kinds of enterprise a graded paragraph starts (`实施X计划`), and the
  /// sentence that grades them.
  static func programmes(in paragraph: Substring) -> (steps: [String], sentence: Substring)? {
    guard
      let graded = SentenceSegmenter.sentences(of: String(paragraph)).first(where: { sentence in
        gradingWords.contains(where: sentence.contains)
      })
    else { return nil }
    var steps: [String] = []
    var search = paragraph.startIndex
    while let verb = paragraph[search...].textRange(of: "实施") {
      search = verb.upperBound
      let rest = paragraph[verb.upperBound...]
      guard
        let end = ["计划", "工程", "行动"].compactMap({ rest.textRange(of: $0) }).min(by: {
          $0.lowerBound < $1.lowerBound
        })
      else { continue }
      let name = rest[..<end.lowerBound]
      guard name.count >= 2, name.count <= longestStep - 2, name.contains("企业"),
        !name.contains(where: { PlanTextCharacters.clauseEnds.contains($0) || "、。;".contains($0) })
      else { continue }
      steps.append(String(rest[..<end.upperBound]))
    }
    return steps.count >= 3 ? (steps, graded) : nil
  }

  /// The ladder step a count's metric names: `专精特新“小巨人”企业` for step `“小巨人”`,
  /// `以农产品加工为主的规模以上工业企业` for `规模以上企业`.
  static func step(for metric: String, among steps: [String]) -> String? {
    // A step written as the metric is (a table's row `专精特新中小企业(省级)`, beside a chain's
    // `专精特新中小企业`) is the one it counts.
    if let written = steps.first(where: { $0 == metric }) { return written }
    var plain = plainTier(metric)
    // `高新技术企业数量达到100家`: the count of the step's enterprises.
    for count in ["总数", "数量"] where plain.hasSuffix(count) { plain.removeLast(count.count) }
    // The step the metric names exactly, before one holding it (`上市企业`, not `拟上市企业`).
    if let same = steps.first(where: { plainTier($0) == plain }) { return same }
    // `新增规上工业企业` for the upgrade `小升规` (`UpgradeLinkCounts`).
    if let link = UpgradeLinkCounts.step(for: metric, among: steps) { return link }
    // `产值超10亿元企业` for the step `十亿元企业`, not `亿元企业`.
    if let numeral = NumeralStepNames.step(for: plain, among: steps) { return numeral }
    // `1个集群进入国家先进制造业集群行列`: those entering the step's ranks.
    if let entered = EnteringCounts.step(for: plain, among: steps) { return entered }
    // `超十亿元企业` for the step `十亿重点` of a ladder by size.
    if let amount = AmountStepNames.step(for: plain, among: steps) { return amount }
    let named = steps.filter { step in
      let name = plainTier(step)
      guard name.count >= 2 else { return false }
      // `国家级和省级X分别达到10家、30家` pairs `国家级` with 10.
      if levels.contains(plain) { return name.hasPrefix(plain) }
      // A step may be longer than the count's metric (`专精特新“小巨人”企业` for `小巨人企业`),
      // when the metric still names a tier: a bare `企业` names none.
      // `潜在独角兽企业` are candidates for the step `独角兽企业`, not its enterprises.
      if CandidateTierWords.namesCandidates(plain, of: name)
        || CandidateTierWords.namesCandidates(plain, of: name + "企业")
      {
        return false
      }
      return plain.hasSuffix(name) || plain.hasSuffix(name + "企业")
        || (name.hasSuffix(plain) && tierMarks.contains(where: plain.contains))
    }
    // A level alone names the first step of that level in the ladder's order (`国家级` of
    // `国家级和省级专精特新企业分别…` is `国家级专精特新“小巨人”`, not a later `国家级单项冠军`).
    if levels.contains(plain), let first = named.first { return first }
    // `五十亿级企业` ends both `十亿级` and `五十亿级`: the step named most fully (the first of
    // those named as fully).
    return named.max { plainTier($0).count < plainTier($1).count }
      ?? shortTierStep(plain, among: steps)
      ?? QualifiedStepNames.step(for: plain, among: steps, plainStep: plainTier)
      ?? LadderLinkLists.step(for: plain, among: steps)
  }

  /// `国家级“小巨人”企业` (a level, then the tier said short) for the step
  /// `专精特新‘小巨人’企业`: the words after the level name the step's end.
  private static func shortTierStep(_ plain: String, among steps: [String]) -> String? {
    guard let level = levels.lazy.compactMap({ plain.textRange(of: $0) }).first else { return nil }
    let tail = String(plain[level.upperBound...])
    guard tail.count >= 3, tierMarks.contains(where: tail.contains) else { return nil }
    let matching = steps.filter { plainTier($0).hasSuffix(tail) }
    return matching.count == 1 ? matching.first : nil
  }

  /// A tier's name without quotes, what a `的` qualifies it with, `工业` in `工业企业`, a closing
  /// `(产品)` (`单项冠军企业(产品)`), and `规模以上` said short (`规上`).
  private static func plainTier(_ text: String) -> String {
    // `独角兽(含潜在独角兽)企业`: what the name takes in besides itself is no part of it.
    // `上市(挂牌)企业`: a note in brackets qualifies the tier, it names no other.
    var plain = QualifiedStepNames.withoutNotes(PlanTextCharacters.unquoted(text))
    if let of = plain.textRange(of: "的", backwards: true) {
      plain = String(plain[of.upperBound...])
    }
    for product in ["(产品)", "（产品）"] where plain.hasSuffix(product) {
      plain.removeLast(product.count)
    }
    return plain.replacingOccurrences(of: "工业企业", with: "企业")
      .replacingOccurrences(of: "规模以上", with: "规上")
  }

  static func isTier(_ name: String) -> Bool {
    name.count >= 3 && name.count <= longestStep && tierMarks.contains(where: name.contains)
  }

  /// Where an enterprise tier's name ends in `item` (the end of its last enterprise word).
  static func enterpriseEnd(of item: String) -> String.Index? {
    for end in enterpriseEnds {
      if let range = item.textRange(of: end, backwards: true) { return range.upperBound }
    }
    return nil
  }

  private static func lastOpener(in piece: String) -> String.Index? {
    listOpeners.compactMap { piece.textRange(of: $0, backwards: true)?.upperBound }.max()
  }

  /// The levels at the start of `text` joined by `、`/`和`/`及`, and where the noun begins.
  private static func levelRun(_ text: Substring) -> ([String], String.Index)? {
    var named: [String] = []
    var rest = text
    while let level = levels.first(where: rest.hasPrefix) {
      named.append(level)
      rest = rest.dropFirst(level.count)
      guard let next = rest.first, "、和及与".contains(next),
        levels.contains(where: rest.dropFirst().hasPrefix)
      else { break }
      rest = rest.dropFirst()
    }
    return named.isEmpty ? nil : (named, rest.startIndex)
  }

  /// The thing the levels grade: up to `培育库`, `分别`, a verb of counting or the clause's end.
  private static func levelledNoun(_ text: Substring) -> String {
    let stops = ["培育库", "分别", "达到", "突破", "增加", "新增", "累计", "数量", "的", "等"]
    let end = stops.compactMap { text.textRange(of: $0)?.lowerBound }.min() ?? text.endIndex
    return PlanTextCharacters.trimmed(text[..<end])
  }

  /// A level's rank, the lowest (县级, 区级) first.
  static func rank(_ level: String) -> Int {
    switch level {
    case "国家级", "国家": return 4
    case "省级": return 3
    case "市级": return 2
    default: return 1
    }
  }
}
