import PlanModel
import Testing

@testable import ProgressStore

@Suite struct PlanItemCheckTests {
  let check = PlanItemCheck(catalog: FixturePlans.catalog)

  @Test func measuresMayBeMarked() {
    #expect(check.measureProblem("hechuan.measure.parks")?.en == nil)
  }

  @Test func anUnknownIdSuggestsTheClosest() {
    #expect(
      check.measureProblem("hechuan.measure.prks")?.en
        == "unknown id hechuan.measure.prks (closest: hechuan.measure.parks, hechuan.measure.talent, hechuan.measure.parts-chain)"
    )
  }

  @Test func onlyMeasuresHaveAStatus() {
    #expect(
      check.measureProblem("hechuan.cluster.auto")?.en
        == "“汽摩产业” (hechuan.cluster.auto) is a cluster, not a measure; only measures have a status")
  }

  @Test func actualYearsRunFromTenYearsBeforeIssueToTheEndOfTheHorizon() {
    // No issue date: ten years before the horizon's start.
    #expect(
      ActualRules(catalog: FixturePlans.catalog).years(of: "hechuan.target.revenue") == 2013...2027)
    #expect(
      ActualRules(catalog: FixturePlans.catalog).years(of: "hechuan.measure.parks") == 2013...2027)
    #expect(check.actualProblem("hechuan.target.revenue", year: 2013)?.en == nil)
    #expect(check.actualProblem("hechuan.target.revenue", year: 2022)?.en == nil)
    #expect(check.actualProblem("hechuan.ladder.firms.scale", year: 2027)?.en == nil)
    #expect(
      check.actualProblem("hechuan.target.revenue", year: 2028)?.en
        == "year 2028 is outside the years accepted for “规上工业营业收入” (hechuan.target.revenue) (2013–2027: from ten years before the plan was issued to the end of its horizon)"
    )
    #expect(
      check.actualProblem("hechuan.target.revenue", year: 2028)?.zh
        == "年份2028不在“规上工业营业收入”（hechuan.target.revenue）可录入的年份内（2013—2027：规划发布前十年至规划期末）"
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
