import PlanModel
import Testing

@testable import PlanImport

/// Every review mark the rules write is read back from its text in either language, with its
/// arguments; any other text is no mark.
@Suite struct ReviewMarkNamesTests {
  static let marks: [ReviewMark] = [
    .yearFromEarlierParagraph, .yearFromHeading, .noYear, .unitNotKnown("公里"),
    .unitImplied(written: "万元", read: "万元/亩"), .zeroBreakthroughUnit("家"), .pairsDoNotMatch,
    .metricUnclear, .baselineFromStartingSituation(2025), .baselineFromStartingSituation(nil),
    .clusterScaleFromOutput, .clusterTierFromHeading, .tableRowWithoutMeasure(7),
    .unitsFromTable(3),
    .listItemWithoutMeasure(12), .unitsFromList(4), .ladderStepsWithoutCounts, .textCutOff,
    .yearOutsideHorizon(2040), .yearFromPlanSpan(3), .yearOfWorkPlan, .yearOfAnnualRate,
  ]

  @Test(arguments: marks)
  func aMarkIsReadBackFromEitherLanguage(_ mark: ReviewMark) {
    #expect(ReviewMark.reading(mark.text(.zh)) == mark)
    #expect(ReviewMark.reading(mark.text(.en)) == mark)
    let names = ReviewMarkNames.names(of: [mark.text(.zh)])
    #expect(names[mark.text(.zh)] == Localized(zh: mark.text(.zh), en: mark.text(.en)))
  }

  @Test func aPersonsOwnNoteIsNoMark() {
    #expect(ReviewMark.reading("请与经信局核对") == nil)
    #expect(ReviewMark.reading("年份取自前文段落，另见附件") == nil)
    #expect(ReviewMarkNames.names(of: ["请与经信局核对"]).isEmpty)
  }
}
