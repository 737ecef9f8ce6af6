import PlanModel
import Testing

@testable import PlanImport

/// Families the seventh held-out set left that branch i12-r9 reads: a count closing a list
/// before a tier (`A、B两个新兴产业集群`), a compound name before `分别` (`城乡居民…分别达到A元、
/// B元`), a change of the figure before it (`较上年提高2.3万元` of a 亩均 figure) — each tried on
/// invented passages, none a held-out sentence.
@Suite("Extraction: two-name counts, compound names before 分别, a change of the figure before")
struct SeventhSetLeftoverTests {
  @Test("`A、B两个新兴产业集群` lists both names with their tier")
  func countedTierList() {
    let found = ClusterPatterns.listed(in: "谋划培育智能传感器、低空装备两个新兴产业集群"[...])
    #expect(found.first?.names == ["智能传感器", "低空装备"])
    #expect(found.first?.tier == "新兴")
    #expect(ClusterPatterns.listed(in: "做强纺织服装、食品加工2个主导产业"[...]).first?.names.count == 2)
  }

  @Test("`城乡居民…分别达到A元、B元`: one figure for the towns, one for the countryside")
  func compoundBeforeRespectively() throws {
    #expect(CompoundPairs.split("城乡居民人均可支配收入") == ["城镇居民人均可支配收入", "农村居民人均可支配收入"])
    #expect(CompoundPairs.split("全县进出口总额") == ["全县进口总额", "全县出口总额"])
    #expect(CompoundPairs.split("推进城乡融合发展的居民收入") == nil)
    #expect(CompoundPairs.split("居民人均可支配收入") == nil)
    let starting = BaselinePatterns.figures(in: "城乡居民人均可支配收入分别达到41200元、23800元"[...], year: 2025)
    #expect(starting.map(\.metric) == ["城镇居民人均可支配收入", "农村居民人均可支配收入"])
    #expect(starting.map(\.value) == [41200, 23800])
    let goals = TargetPatterns.goals(
      in: "城乡居民人均可支配收入分别增长6%和7.5%"[...], context: SentenceContext(year: 2026))
    #expect(goals.map(\.metric) == ["城镇居民人均可支配收入", "农村居民人均可支配收入"])
  }

  @Test("`较上年提高2.3万元` after a 亩均 figure is that figure's change, in 万元/亩")
  func changeOfTheFigureBefore() throws {
    let starting = BaselinePatterns.figures(
      in: "开发区亩均税收达到18.2万元,较上年提高1.6万元"[...], year: 2025)
    let change = try #require(starting.first { $0.value == 1.6 })
    #expect(change.unit == "万元/亩")
    #expect(change.metric.hasPrefix("开发区亩均税收较上年"))
    #expect(change.isPastChange)
    #expect(starting.first { $0.value == 18.2 }?.unit == "万元/亩")
  }

  @Test("a preface's heading printed alone (`前　言`) is an unnumbered heading at the top")
  func prefaceHeading() throws {
    #expect(HeadingMarker.at(startOf: "前　言")?.style == .preface)
    #expect(HeadingMarker.at(startOf: "序 言")?.keyPart == "序言")
    #expect(HeadingMarker.at(startOf: "前言:本规划…") == nil)
    let plan = draft([
      "甲市数字经济发展规划(2026—2030年)", "前　言", "数字经济是继农业经济、工业经济之后的主要经济形态。本规划提出…。",
      "一、发展目标", "到2030年,数字经济核心产业增加值达到500亿元。", "二、重点任务", "(一)壮大核心产业。推动…。",
    ])
    let first = try #require(plan.outline.first)
    #expect(first.key == "前言" && first.number == "" && first.title == "前　言")
    #expect(plan.outline.map(\.key) == ["前言", "一", "二", "二(一)"])
    #expect(plan.outline.filter { $0.parent != nil }.map(\.parent) == ["二"])
    #expect(!plan.measures.contains { $0.section == "前言" })
    #expect(PlanRules.check([plan]).isEmpty)
  }
}
