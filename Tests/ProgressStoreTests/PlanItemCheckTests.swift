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

  @Test func actualYearsSpanTheHorizonAndTheItemsOwnYears() {
    #expect(
      ActualRules(catalog: FixturePlans.catalog).years(of: "hechuan.target.revenue") == 2022...2027)
    #expect(
      ActualRules(catalog: FixturePlans.catalog).years(of: "hechuan.measure.parks") == 2023...2027)
    #expect(check.actualProblem("hechuan.target.revenue", year: 2022)?.en == nil)
    #expect(check.actualProblem("hechuan.ladder.firms.scale", year: 2027)?.en == nil)
    #expect(
      check.actualProblem("hechuan.target.revenue", year: 2028)?.en
        == "year 2028 is outside the plan of “规上工业营业收入” (hechuan.target.revenue) (2022–2027)")
  }

  @Test func idListFilesSkipCommentsAndBlankLines() {
    let entries = IDListFile.parse(
      "\u{FEFF}# measures done in March\r\nhechuan.measure.parks\r\n\n  hechuan.measure.talent  # 人才\n#x\n"
    )
    #expect(entries.map(\.id) == ["hechuan.measure.parks", "hechuan.measure.talent"])
    #expect(entries.map(\.line) == [2, 4])
  }
}
