import Foundation

/// A ladder a paragraph states step by step rather than as one list: the paragraph's lead names
/// a graded ladder (`着力优质企业梯度培育。`, `完善企业培育体系。`) and its clauses each
/// cultivate a tier of enterprise (`培育一批…的链主企业`, `建设一批世界一流企业`,
/// `推动中小企业专精特新发展`, `支持企业上规`); the steps are those tiers in the text's order.
/// A paragraph that states its ladder as a `—` chain or in one phrase (`LadderPhrasings`) is
/// read by that rule instead.
enum LadderParagraphs {
  /// Words of a lead that names a graded ladder.
  static let ladderLeads = ["梯度", "梯次", "梯队", "分层分级", "培育体系"]
  /// Verbs before a tier of enterprise in a step's clause.
  static let stepVerbs =
    LadderLists.cultivationVerbs + ["建设", "打造", "冲刺", "冲榜", "稳榜", "争创", "创建"]
  /// How a step's name ends: an enterprise word, or a ranking list (`500强`).
  static let stepEnds = LadderLists.enterpriseEnds + ["强”", "强"]
  /// Words before the tier that count it, not name it.
  static let quantifiers = ["一批", "更多", "一大批"]
  /// Set phrases for becoming an enterprise above the statistical scale.
  static let aboveScalePhrases = ["小升规", "上规", "升规"]
  static let aboveScaleStep = "规上企业"

  /// The steps of the ladder the paragraph states, each with its sentence, or nil.
  static func steps(inParagraph text: String, lead: String?) -> [(
    step: String, sentence: Substring
  )]? {
    guard let lead, ladderLeads.contains(where: lead.contains) else { return nil }
    let sentences = SentenceSegmenter.sentences(of: text)
    // A paragraph that states its ladder in one phrase is read by that phrase's rule.
    let stated = sentences.contains { sentence in
      !LadderPatterns.chains(in: sentence).isEmpty
        || SentenceSegmenter.clauses(of: sentence).contains { LadderPhrasings.steps(in: $0) != nil }
    }
    guard !stated else { return nil }
    var found: [(step: String, sentence: Substring)] = []
    var rewarded = false
    // A title of cultivating (`支持专精特新梯度培育`) makes its rewards a ladder's mechanism; a
    // title of the award itself (`梯度认定奖励`) keeps them a schedule.
    let rewardsGrade = !TargetPatterns.awardWords.contains(where: lead.contains)
    for sentence in sentences {
      for clause in SentenceSegmenter.clauses(of: sentence) {
        // Whom the policy rewards names the ladder's tiers where the lead grades them.
        let rewards = PolicyConditions.namesRewarded(clause, in: sentence)
        if rewards && !rewardsGrade { continue }
        let steps =
          LadderLists.enumerated(in: clause) ?? step(in: clause).map { [$0] }
          ?? (rewards ? rewardedTier(in: clause).map { [$0] } : nil) ?? []
        rewarded = rewarded || (rewards && !steps.isEmpty)
        for step in steps where !found.contains(where: { $0.step == step }) {
          found.append((step, sentence))
        }
      }
    }
    guard found.count >= 3 else { return nil }
    // A reward schedule may list its tiers from the top down: the ladder grows from the bottom.
    guard rewarded else { return found }
    let order = TierGrowthOrder.sorted(found.map(\.step))
    return order.compactMap { step in found.first { $0.step == step } }
  }

  /// The one tier a reward names (`对新认定为国家级制造业单项冠军企业的`): the words after
  /// `认定为`/`认定的`/`评为` up to an enterprise word, when they name a tier.
  static func rewardedTier(in clause: Substring) -> String? {
    let text = PlanTextCharacters.trimmed(clause)
    guard
      let opener = ["认定为", "认定的", "评为", "获评"].compactMap({ text.textRange(of: $0) })
        .min(by: { $0.lowerBound < $1.lowerBound })
    else { return nil }
    let rest = String(text[opener.upperBound...])
    guard let end = LadderLists.enterpriseEnd(of: rest) else { return nil }
    let name = String(rest[..<end])
    return LadderLists.isTier(name) && name.count <= LadderLists.longestStep ? name : nil
  }

  /// The one tier a clause cultivates: `培育一批产业链控制力强的生态主导型企业` → `生态主导型企业`,
  /// `鼓励中小企业专精特新发展` → `专精特新中小企业`, `支持企业上规稳规` → `规上企业`.
  static func step(in clause: Substring) -> String? {
    let text = PlanTextCharacters.trimmed(clause)
    guard !text.contains("、") else { return nil }
    if aboveScalePhrases.contains(where: text.contains), text.contains("企业") {
      return aboveScaleStep
    }
    return tierGrowth(in: text) ?? cultivatedTier(in: text)
  }

  /// `X企业` + a tier word + `发展`: the enterprises grow into that tier (`中小企业专精特新发展`).
  private static func tierGrowth(in text: String) -> String? {
    guard text.hasSuffix("发展"), let enterprise = text.textRange(of: "企业", backwards: true)
    else { return nil }
    let tier = String(text[enterprise.upperBound...].dropLast(2))
    guard LadderLists.tierMarks.contains(tier) else { return nil }
    let opener = stepVerbs.compactMap { text.textRange(of: $0)?.upperBound }.max()
    let verbs = ["鼓励", "支持", "推动", "引导", "促进"]
    let start = opener ?? verbs.compactMap { text.textRange(of: $0)?.upperBound }.max()
    guard let start, start < enterprise.lowerBound else { return nil }
    let noun = String(text[start..<enterprise.upperBound])
    guard noun.count >= 2, noun.count <= LadderLists.longestStep - tier.count else { return nil }
    return tier + noun
  }

  /// A verb of cultivating and, running to the clause's end, the tier it cultivates.
  private static func cultivatedTier(in text: String) -> String? {
    guard
      let verbEnd = stepVerbs.compactMap({ text.textRange(of: $0, backwards: true)?.upperBound })
        .max()
    else { return nil }
    var name = Substring(text[verbEnd...])
    if let counted = quantifiers.first(where: name.hasPrefix) {
      name = name.dropFirst(counted.count)
    }
    if let of = name.textRange(of: "的", backwards: true) { name = name[of.upperBound...] }
    let ranked = !LadderLists.enterpriseEnds.contains(where: name.hasSuffix)
    guard stepEnds.contains(where: name.hasSuffix), name.count >= 3,
      !ranked || LadderLists.tierMarks.contains(where: name.contains),
      name.count <= LadderLists.longestStep,
      !stepVerbs.contains(where: name.contains)
    else { return nil }
    return String(name)
  }
}
