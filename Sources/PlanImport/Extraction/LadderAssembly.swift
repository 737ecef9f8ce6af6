import PlanModel

extension DraftItems {
  /// One ladder per chain, named after the heading or lead phrase it stands in; a step whose
  /// enterprises the text counts elsewhere (`分别增加至12家`) carries that count.
  func ladders(stepGoals: [String: GoalCandidate], ids: inout DraftIDs) -> [Ladder] {
    var ladders: [Ladder] = []
    for chain in RepeatedLadders.once(chains) {
      let heading = chain.key.flatMap(outline.heading)
      // A run-in heading's paragraph is named by the heading's title, without its number.
      let runIn = outline.lines[chain.paragraph] != nil
      let name =
        (runIn ? heading?.title : MeasurePatterns.leadPhrase(paragraphs[chain.paragraph]))
        ?? heading?.title ?? "企业梯度培育"
      let ladderID = ids.make("ladder", name: name)
      var tiers: [LadderTier] = []
      for (position, step) in chain.steps.enumerated() {
        let stepSentence =
          position < chain.stepSentences.count ? chain.stepSentences[position] : chain.sentence
        var tier = LadderTier(
          id: ids.make("tier", name: PlanTextCharacters.unquoted(step), under: ladderID),
          name: step,
          source: source(stepSentence, paragraph: chain.paragraph, review: []))
        if let goal = stepGoals[step] {
          let fit = fitted(goal)
          tier.unit = fit.goal.unit
          tier.baseline = fit.goal.baseline
          tier.target = fit.goal.target
          tier.qualifiers = fit.goal.qualifiers
          if let name = NumeralStepNames.fileName(step: step, metric: goal.metric)
            ?? AmountStepNames.fileName(step: step, metric: goal.metric)
            ?? QualifiedStepNames.fileName(step: step, metric: goal.metric)
            ?? UpgradeLinkCounts.fileName(step: step, metric: goal.metric)
          {
            tier.name = name
          }
          tier.source = SourceRef(
            section: tier.source.section, text: goal.sourceText, heading: tier.source.heading,
            review: fit.review.map { $0.text(language) })
        }
        tiers.append(tier)
      }
      let counted = tiers.contains { $0.target != nil }
      ladders.append(
        Ladder(
          id: ladderID, name: name, tiers: tiers,
          source: source(
            chain.sentence, paragraph: chain.paragraph,
            review: counted ? [] : [.ladderStepsWithoutCounts])))
    }
    return LadderStepGates.gated(ladders)
  }
}
