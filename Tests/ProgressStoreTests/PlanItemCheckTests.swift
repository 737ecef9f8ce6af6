import PlanModel
import Testing

@testable import ProgressStore

@Suite struct PlanItemCheckTests {
  let check = PlanItemCheck(catalog: FixturePlans.catalog)

  @Test func measuresMayBeMarked() {
    #expect(check.measureProblem("hechuan.measure.parks") == nil)
  }

  @Test func anUnknownIdSuggestsTheClosest() {
    #expect(
      check.measureProblem("hechuan.measure.prks")
        == "unknown id hechuan.measure.prks (closest: hechuan.measure.parks, hechuan.measure.talent, hechuan.measure.parts-chain)"
    )
  }

  @Test func onlyMeasuresHaveAStatus() {
    #expect(
      check.measureProblem("hechuan.cluster.auto")
        == "hechuan.cluster.auto is a cluster, not a measure; only measures have a status")
  }

  @Test func actualYearsRunFromTenYearsBeforeIssueToTheEndOfTheHorizon() {
    // No issue date: ten years before the horizon's start.
    #expect(
      ActualRules(catalog: FixturePlans.catalog).years(of: "hechuan.target.revenue") == 2013...2027)
    #expect(
      ActualRules(catalog: FixturePlans.catalog).years(of: "hechuan.measure.parks") == 2013...2027)
    #expect(check.actualProblem("hechuan.target.revenue", year: 2013) == nil)
    #expect(check.actualProblem("hechuan.target.revenue", year: 2022) == nil)
    #expect(check.actualProblem("hechuan.ladder.firms.scale", year: 2027) == nil)
    #expect(
      check.actualProblem("hechuan.target.revenue", year: 2028)
        == "year 2028 is outside the years accepted for hechuan.target.revenue (2013–2027: from ten years before the plan was issued to the end of its horizon)"
    )
  }

  @Test func idListFilesSkipCommentsAndBlankLines() {
    let entries = IDListFile.parse(
      "\u{FEFF}# measures done in March\r\nhechuan.measure.parks\r\n\n  hechuan.measure.talent  # 人才\n#x\n"
    )
    #expect(entries.map(\.id) == ["hechuan.measure.parks", "hechuan.measure.talent"])
    #expect(entries.map(\.line) == [2, 4])
  }
}
