import PlanModel
import Testing

@testable import PlanImport

/// A 若干政策措施 of articles `第一条 X。…` numbered on across its chapters (the eighth held-out
/// set's family, branch i12-r9): each article a heading of the outline under its chapter and the
/// measure under it — an invented passage, no held-out sentence.
@Suite("Extraction: a policy document's articles are headings of its outline")
struct EighthSetArticleTests {
  @Test("`第三条 X。…` opens an article: a heading marker of its own style")
  func articleMarker() throws {
    let marker = try #require(HeadingMarker.at(startOf: "第三条 降低用地成本。对…"))
    #expect(marker.style == .article)
    #expect(marker.ordinal == 3)
    #expect(marker.keyPart == "第三条")
    #expect(HeadingMarker.at(startOf: "第十二条支持企业上云。")?.ordinal == 12)
  }

  @Test("articles nest under their chapters, run on across them, and validate")
  func articlesInTheOutline() throws {
    let plan = draft([
      "癸市支持民营经济发展若干措施", "一、总体目标", "到2027年,民营经济增加值占比达到55%。", "二、加大培育力度",
      "第一条 加大梯度培育奖励。对新认定的企业给予奖励。(责任单位:市工信局)",
      "第二条 鼓励升规纳统。对首次纳统企业给予奖励。(责任单位:市统计局)", "三、强化要素保障",
      "第三条 降低用地成本。对新供工业用地给予优惠。(牵头单位:市自然资源局;配合单位:市财政局)",
    ])
    let articles = plan.outline.filter { $0.number.hasSuffix("条") }
    #expect(articles.map(\.key) == ["二第一条", "二第二条", "三第三条"])
    #expect(articles.map(\.title) == ["加大梯度培育奖励", "鼓励升规纳统", "降低用地成本"])
    #expect(articles.map(\.parent) == ["二", "二", "三"])
    #expect(plan.measures.map(\.title) == ["加大梯度培育奖励", "鼓励升规纳统", "降低用地成本"])
    #expect(plan.measures.last?.leadUnits == ["市自然资源局"])
    #expect(PlanRules.check([plan]).isEmpty)
  }
}
