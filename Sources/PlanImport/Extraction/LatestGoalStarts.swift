/// One metric's goals stated in paragraphs of their own for several years — the goals' lines to
/// the plan's end, then a line of its midway years (`其中,2027年规模以上工业企业达到260家`), or a
/// paragraph of 2027 goals and one of 2030 goals: a starting figure is the baseline of the
/// latest goal alone, the earlier ones marking the way. Goals stated at stages each in a
/// paragraph of its own (`第一阶段…`, `近期…`, `远期…`) each take it (`BaselineStages`).
enum LatestGoalStarts {
  /// Words a paragraph of a stage opens with.
  static let stageWords = ["第一阶段", "第二阶段", "第三阶段", "阶段目标", "近期", "中期", "远期", "第一步", "第二步"]
  /// How far into its paragraph a stage's word may stand (`(一)第一阶段`, `1.近期目标`).
  static let stageReach = 8

  /// The paragraphs of `texts` that open a stage.
  static func stages(in texts: [String]) -> Set<Int> {
    Set(
      texts.indices.filter { index in
        let opening = PlanTextCharacters.trimmed(texts[index]).prefix(stageReach + 4)
        return stageWords.contains { word in
          guard let range = opening.textRange(of: word) else { return false }
          return opening.distance(from: opening.startIndex, to: range.lowerBound) <= stageReach
        }
      })
  }

  /// True when a goal of `year` in `paragraph` leaves its starting figure to a goal of
  /// `otherYear` in `otherParagraph`: a later goal of another paragraph, neither a stage's.
  static func yields(
    paragraph: Int, year: Int, to otherParagraph: Int, otherYear: Int, stages: Set<Int>
  ) -> Bool {
    paragraph != otherParagraph && otherYear > year && !stages.contains(paragraph)
      && !stages.contains(otherParagraph)
  }
}
