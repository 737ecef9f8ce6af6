/// A ladder a paragraph states by counting tiers of enterprises in one sentence, where the
/// paragraph's run-in title, not the sentence, says it grades them (`(一)实施优质企业梯度培育
/// 工程。…到2030年,全市制造业单项冠军企业实现零的突破,国家级专精特新“小巨人”企业达到30家,省级
/// 专精特新中小企业达到480家,创新型中小企业达到1500家。`) — often written from the top down: the
/// steps are filed from the broadest (the largest count) whichever way the text runs.
enum GradedTitle {
  /// True when the title holds a grading word (`LadderCounts.gradingWords`).
  static func grades(_ title: String?) -> Bool {
    guard let title else { return false }
    return LadderCounts.gradingWords.contains(where: title.contains)
  }

  /// Whose the counted enterprises are (`全市`, `全县`) is no part of a tier's name.
  static func withoutPlace(_ metric: String) -> String {
    guard let place = StartingIndustry.regionPrefixes.first(where: metric.hasPrefix),
      metric.count > place.count + 2
    else { return metric }
    return String(metric.dropFirst(place.count))
  }

  /// The steps' names, the broadest first: reversed when every count is larger than the one
  /// before it (a ladder written from the top down), else as written.
  static func broadestFirst(_ steps: [(name: String, count: Double?)]) -> [String] {
    let counts = steps.compactMap(\.count)
    let rising =
      counts.count == steps.count && zip(counts, counts.dropFirst()).allSatisfy { $0 < $1 }
    return rising ? steps.reversed().map(\.name) : steps.map(\.name)
  }
}

extension GradedTitle {
  /// The steps of the first sentence of the paragraph whose counts of enterprises are tiers
  /// (`LadderCounts.steps`), when the paragraph's title grades them; with that sentence. None
  /// when a step is one of a ladder read before (`earlier`): the counts are that ladder's
  /// (`构建“A—B—C”梯次培育体系` then `——科技企业梯队更加壮大。A…,B…,C…`).
  static func steps(
    inParagraph text: String, title: String?, goals: ArraySlice<TextReading.PlacedGoal>,
    earlier: [String]
  ) -> (steps: [String], sentence: String)? {
    guard grades(title) else { return nil }
    for sentence in SentenceSegmenter.sentences(of: text) {
      let own = goals.filter { sentence.contains($0.candidate.sourceText) }
      if let steps = LadderCounts.steps(in: sentence, goals: own[...], title: title) {
        let repeated = steps.contains { LadderLists.step(for: $0, among: earlier) != nil }
        return repeated ? nil : (steps, String(sentence))
      }
    }
    return nil
  }
}
