import Foundation
import PlanModel

/// A review mark read back from a draft's text, in either language it is written in: what
/// the review screen shows in the reader's language (`ReviewMarkNames`, beside it). A mark a
/// person wrote by hand, or edited, is no mark of the rules and stays as written.
extension ReviewMark {
  /// Each kind of mark with made-up arguments that stand out in its text, and how to make
  /// the mark again from the arguments read in their places.
  private static let patterns: [(sample: ReviewMark, make: @Sendable ([String]) -> ReviewMark?)] = [
    (.yearFromEarlierParagraph, { _ in .yearFromEarlierParagraph }),
    (.yearFromHeading, { _ in .yearFromHeading }), (.noYear, { _ in .noYear }),
    (.unitNotKnown(text0), { $0.first.map(ReviewMark.unitNotKnown) }),
    (.unitImplied(written: text0, read: text1), { .unitImplied(written: $0[0], read: $0[1]) }),
    (.zeroBreakthroughUnit(text0), { $0.first.map(ReviewMark.zeroBreakthroughUnit) }),
    (.pairsDoNotMatch, { _ in .pairsDoNotMatch }), (.metricUnclear, { _ in .metricUnclear }),
    (
      .baselineFromStartingSituation(number0),
      { Int($0[0]).map(ReviewMark.baselineFromStartingSituation) }
    ),
    (.baselineFromStartingSituation(nil), { _ in .baselineFromStartingSituation(nil) }),
    (.clusterScaleFromOutput, { _ in .clusterScaleFromOutput }),
    (.clusterTierFromHeading, { _ in .clusterTierFromHeading }),
    (.tableRowWithoutMeasure(number0), { Int($0[0]).map(ReviewMark.tableRowWithoutMeasure) }),
    (.unitsFromTable(number0), { Int($0[0]).map(ReviewMark.unitsFromTable) }),
    (.listItemWithoutMeasure(number0), { Int($0[0]).map(ReviewMark.listItemWithoutMeasure) }),
    (.unitsFromList(number0), { Int($0[0]).map(ReviewMark.unitsFromList) }),
    (.ladderStepsWithoutCounts, { _ in .ladderStepsWithoutCounts }),
    (.textCutOff, { _ in .textCutOff }),
    (.yearOutsideHorizon(number0), { Int($0[0]).map(ReviewMark.yearOutsideHorizon) }),
    (.yearFromPlanSpan(number0), { Int($0[0]).map(ReviewMark.yearFromPlanSpan) }),
    (.yearOfWorkPlan, { _ in .yearOfWorkPlan }),
    (.yearOfAnnualRate, { _ in .yearOfAnnualRate }),
  ]
  private static let text0 = "\u{E000}"
  private static let text1 = "\u{E001}"
  private static let number0 = 987_654_321

  /// The mark whose text, in Chinese or English, `text` is; nil for any other text.
  static func reading(_ text: String) -> ReviewMark? {
    for (sample, make) in patterns {
      for language in [Language.zh, .en] {
        if let arguments = arguments(of: text, as: sample.text(language)),
          let mark = make(arguments)
        {
          return mark
        }
      }
    }
    return nil
  }

  /// The arguments standing where the sample's made-up ones stand, when the rest of `text`
  /// is the sample's text.
  private static func arguments(of text: String, as sample: String) -> [String]? {
    var pattern = NSRegularExpression.escapedPattern(for: sample)
    pattern = pattern.replacingOccurrences(of: text0, with: "(.+?)")
      .replacingOccurrences(of: text1, with: "(.+?)")
      .replacingOccurrences(of: String(number0), with: "([0-9]+)")
    guard let regex = try? NSRegularExpression(pattern: "^" + pattern + "$"),
      let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
    else { return nil }
    return (1..<match.numberOfRanges).compactMap { index in
      Range(match.range(at: index), in: text).map { String(text[$0]) }
    }
  }
}
