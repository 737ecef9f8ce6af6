/// A ladder whose steps are short labels (`个转企—小升规—规改股—股上市`)
/// counts its steps in the longer phrases its sentence goes on with
/// (`推动个体工商户转型为企业300户以上、小微企业升规60家、规上企业完成股份制改造30家,力争新增上市企业
/// 1—2家`): each step, in order, takes the next count whose words hold two of its label's
/// characters or more (`个转企` ← `个体工商户转型为企业`, `股上市` ← `上市企业`).
enum LadderLabelSteps {
  /// The longest step read as a label rather than a tier's name.
  static let longestLabel = 4
  /// What a label shares with its count's words, at least.
  static let sharedCharacters = 2

  static func name(
    _ goals: inout [TextReading.PlacedGoal], from start: Int, chains: [TextReading.Chain]
  ) {
    for chain in chains where isLabelled(chain.steps) {
      var next = start
      for step in chain.steps {
        guard
          let found = goals[next...].firstIndex(where: { placed in
            placed.candidate.isCount && chain.sentence.contains(placed.candidate.sourceText)
              && shares(step, placed.candidate.metric)
          })
        else { continue }
        goals[found].candidate.metric = step
        next = found + 1
        if next >= goals.count { break }
      }
    }
  }

  /// Every step a short label of Chinese characters (`小升规`), not a tier's name — nor a
  /// ladder by size whose labels open with an amount (`百亿龙头—十亿重点`), counted by the
  /// amounts its enterprises pass (`AmountStepNames`).
  static func isLabelled(_ steps: [String]) -> Bool {
    let amounts = steps.filter { AmountStepNames.leadingAmount($0) != nil }.count
    guard amounts < 2 else { return false }
    return steps.allSatisfy { step in
      (2...longestLabel).contains(step.count) && step.allSatisfy(PlanTextCharacters.isHan)
    }
  }

  static func shares(_ label: String, _ words: String) -> Bool {
    Set(label).filter { words.contains($0) }.count >= sharedCharacters
  }
}
