/// A ladder written as one task's counts of enterprises, each of a tier, in a sentence that
/// says it grades them (`实施优质企业梯度培育计划,全年新增创新型中小企业150家、省级专精特新中小企业
/// 60家、国家级专精特新“小巨人”企业8家,力争新增制造业单项冠军企业1家`): the tiers counted are the
/// steps, in the text's order, each with its count. Three tiers or more, each a tier's name
/// (`LadderLists.isTier`) ending as an enterprise's does, and a grading word in the sentence;
/// counts of other things (`新增规上工业企业50家、培训企业家200人次`) or a sentence grading nothing
/// give no ladder.
enum LadderCounts {
  /// Words that say the sentence grades what it counts.
  static let gradingWords = LadderPipeline.gradingWords
  /// Words before a tier's name that say what is done to it, not which tier it is.
  static let countingWords = [
    "年内", "全年", "当年", "今年", "明年", "每年", "力争", "争取", "累计", "新增", "新培育", "培育", "新认定", "认定", "推动",
    "引进", "创建",
  ]
  static let fewestSteps = 3

  /// The steps the sentence's counts of enterprises (`goals`, the sentence's) name, in order.
  /// `title`: the run-in title of the sentence's paragraph, which may say it grades them
  /// instead (`(一)实施优质企业梯度培育工程。…`: `GradedTitle`).
  static func steps(
    in sentence: Substring, goals: ArraySlice<TextReading.PlacedGoal>, title: String? = nil
  ) -> [String]? {
    let text = PlanTextCharacters.unquoted(String(sentence))
    let graded = GradedTitle.grades(title) ? title.map(PlanTextCharacters.unquoted) : nil
    guard gradingWords.contains(where: text.contains) || graded != nil else { return nil }
    let kind = gradedKind(in: text) ?? graded.flatMap(gradedKind(in:))
    var steps: [(name: String, count: Double?)] = []
    for placed in goals {
      let candidate = placed.candidate
      guard candidate.isCount, candidate.goal.target?.hasNumber == true,
        LadderPipeline.enterpriseUnits.contains(candidate.goal.unit ?? "")
      else { continue }
      guard let name = tierName(GradedTitle.withoutPlace(candidate.metric), kind: kind) else {
        return nil
      }
      if !steps.contains(where: { $0.name == name }) {
        steps.append((name, candidate.goal.target?.value))
      }
    }
    guard steps.count >= fewestSteps else { return nil }
    // A ladder by size counts classes by amount only (`超亿元企业…、超五亿元企业…、超十亿元企业…`); one
    // class among tiers of other kinds (`规上工业企业…、超百亿元企业…、链主企业…`) grades nothing.
    let classes = steps.filter { AmountStepNames.passedAmount($0.name) != nil }.count
    guard classes == 0 || classes == steps.count else { return nil }
    // In the text's order: a 零突破 is read after the sentence's figures, wherever it stands.
    let position = { (name: String) in
      text.textRange(of: PlanTextCharacters.unquoted(name))?.lowerBound ?? text.endIndex
    }
    let written = steps.enumerated().sorted { a, b in
      (position(a.element.name), a.offset) < (position(b.element.name), b.offset)
    }.map(\.element)
    return GradedTitle.broadestFirst(written)
  }

  /// The tier a count's metric names, without the words of counting before it
  /// (`力争新增制造业单项冠军企业` → `制造业单项冠军企业`); nil when it names no tier.
  /// A grade of the kind the sentence grades (`培育智能工厂梯度体系,基础级智能工厂达到500家`:
  /// `基础级智能工厂`) is a tier too.
  static func tierName(_ metric: String, kind: String? = nil) -> String? {
    var name = Substring(metric)
    while let word = countingWords.first(where: name.hasPrefix) {
      name = name.dropFirst(word.count)
    }
    let tier = String(name)
    // `构建企业梯度培育体系`: a kind of enterprises is graded by levels (`省级…`), not by any word
    // before it (`外资企业` is no grade of `企业`).
    if let kind, tier.hasSuffix(kind), gradeLengths.contains(tier.count - kind.count),
      !LadderLists.enterpriseEnds.contains(where: kind.hasSuffix)
        || tier.dropLast(kind.count).hasSuffix("级")
    {
      return tier
    }
    // `超十亿元企业`: a class of enterprises by the amount they pass is a tier of a ladder by size
    // (`steps` keeps such classes only when every step is one).
    if AmountStepNames.passedAmount(tier) != nil { return tier }
    guard LadderLists.isTier(tier), LadderLists.enterpriseEnds.contains(where: tier.hasSuffix)
    else { return nil }
    return tier
  }

  /// How long a grade before the graded kind's name may be (`省级`, `基础级`, `国家级示范`).
  static let gradeLengths = 2...5
  /// Verbs before the kind a sentence grades.
  static let kindOpeners = ["培育", "构建", "建立", "完善", "健全", "打造", "形成", "实施"]

  /// The kind a grading word closes (`培育智能工厂梯度体系` → `智能工厂`): the Han run before
  /// it, after a verb of building; two characters or more.
  static func gradedKind(in text: String) -> String? {
    for word in gradingWords {
      guard let grading = text.textRange(of: word) else { continue }
      let run = text[..<grading.lowerBound].reversed().prefix(while: PlanTextCharacters.isHan)
      var kind = String(run.reversed())
      if let verb = kindOpeners.compactMap({ kind.textRange(of: $0, backwards: true) }).max(by: {
        $0.upperBound < $1.upperBound
      }) {
        kind = String(kind[verb.upperBound...])
      }
      if kind.count >= 2 { return kind }
    }
    return nil
  }
}
