/// A ladder of administrative levels of one kind: `建立“市级—省级—国家级”绿色工厂梯度培育机制`,
/// `县级—市级—省级专精特新企业梯度培育`. Each step is named by its level and the kind the chain
/// closes with (`市级绿色工厂`, `省级绿色工厂`, `国家级绿色工厂`), as the goals count them. The
/// kind may stand after the grading and its verb instead (`按照“市级—省级—国家级”梯次培育企业
/// 技术中心`: `市级企业技术中心`…).
enum LadderLevelSteps {
  /// Where the kind's name ends after the chain.
  static let kindEnds = ["梯度", "梯次", "培育", "晋级", "体系", "机制", "库", "的", "创建", "认定"]
  static let longestKind = 10
  /// Words that grade the levels before the verb that names the kind (`梯次培育X`).
  static let gradingWords = GradingWords.core
  /// Verbs between the grading and the kind they work on.
  static let gradingVerbs = ["培育", "创建", "认定", "建设", "打造", "申报", "争创", "推进"]

  /// `steps`: the chain's steps; `closing`: the text of its last part, the kind after it.
  static func steps(_ steps: [String], closing: Substring) -> [String]? {
    // The first step may keep the verb before the chain (`完善区级—市级—…`).
    guard steps.count >= 2, let first = LadderLists.levels.first(where: steps[0].hasSuffix),
      steps.dropFirst().dropLast().allSatisfy(LadderLists.levels.contains),
      let level = LadderLists.levels.first(where: { closing.hasPrefix($0) })
    else { return nil }
    var rest = closing.dropFirst(level.count)
    if rest.first == "”" || rest.first == "\"" { rest = rest.dropFirst() }
    let end = kindEnds.compactMap { rest.textRange(of: $0)?.lowerBound }.min() ?? rest.endIndex
    // `“市级—省级—国家级”逐级培育。`: the grading names no kind here; no steps of `逐级`.
    let graded = kindAfterGrading(rest)
    if graded == nil, gradingWords.contains(where: rest.hasPrefix) { return nil }
    let kind = graded ?? PlanTextCharacters.trimmed(rest[..<end])
    guard kind.count >= 2, kind.count <= longestKind, kind.allSatisfy(PlanTextCharacters.isHan)
    else { return nil }
    return [first + kind] + steps.dropFirst().dropLast().map { $0 + kind } + [level + kind]
  }

  /// `梯次培育企业技术中心`, `逐级创建绿色工厂`: the kind the verb after the grading names, up to
  /// the end of the clause or a word that closes it (`体系`, `库`, `的`).
  static func kindAfterGrading(_ rest: Substring) -> String? {
    guard let grading = gradingWords.first(where: rest.hasPrefix) else { return nil }
    let afterGrading = rest.dropFirst(grading.count)
    guard let verb = gradingVerbs.first(where: afterGrading.hasPrefix) else { return nil }
    let named = afterGrading.dropFirst(verb.count)
    let stops = ["体系", "机制", "库", "的", "工作", "计划"]
    let end = stops.compactMap { named.textRange(of: $0)?.lowerBound }.min() ?? named.endIndex
    let kind = PlanTextCharacters.trimmed(named[..<end])
    return kind.isEmpty ? nil : kind
  }
}
