/// A ladder of administrative levels of one kind: `建立“市级—省级—国家级”绿色工厂梯度培育机制`,
/// `县级—市级—省级专精特新企业梯度培育`. Each step is named by its level and the kind the chain
/// closes with (`市级绿色工厂`, `省级绿色工厂`, `国家级绿色工厂`), as the goals count them.
enum LadderLevelSteps {
  /// Where the kind's name ends after the chain.
  static let kindEnds = ["梯度", "梯次", "培育", "晋级", "体系", "机制", "库", "的", "创建", "认定"]
  static let longestKind = 10

  /// `steps`: the chain's steps; `closing`: the text of its last part, the kind after it.
  static func steps(_ steps: [String], closing: Substring) -> [String]? {
    // The first step may keep the verb before the chain (`完善区级—市级—…`).
    guard steps.count >= 2, let first = LadderLists.levels.first(where: steps[0].hasSuffix),
      steps.dropFirst().dropLast().allSatisfy(LadderLists.levels.contains),
      let level = LadderLists.levels.first(where: { closing.hasPrefix($0) })
    else { return nil }
    var rest = closing.dropFirst(level.count)
    if rest.first == "”" || rest.first == "\"" { rest = rest.dropFirst() }
    let end = kindEnds.compactMap { rest.range(of: $0)?.lowerBound }.min() ?? rest.endIndex
    let kind = PlanTextCharacters.trimmed(rest[..<end])
    guard kind.count >= 2, kind.count <= longestKind, kind.allSatisfy(PlanTextCharacters.isHan)
    else { return nil }
    return [first + kind] + steps.dropFirst().dropLast().map { $0 + kind } + [level + kind]
  }
}
