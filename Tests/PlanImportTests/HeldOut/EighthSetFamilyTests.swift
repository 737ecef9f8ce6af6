import PlanModel
import Testing

@testable import PlanImport

/// The families of the eighth, blind held-out set (branch i12-ho8) the lead fixed, each tried
/// on passages of invented regions (none of them a held-out document's sentence).
@Suite("Extraction: articles of a policy document, a task heading naming the background")
struct EighthSetFamilyTests {
  @Test("an article's number is no part of its measure's title")
  func articleTitles() {
    #expect(MeasurePatterns.leadPhrase("第十二条 支持企业上云。对上云企业给予补助。") == "支持企业上云")
    #expect(MeasurePatterns.leadPhrase("第三条加大奖励。对新认定企业给予奖励。") == "加大奖励")
    #expect(MeasurePatterns.leadPhrase("第三章总则。") == nil)
    #expect(MeasurePatterns.afterClauseOrdinal("第二十条 依法保护权益。"[...]) == "依法保护权益。")
  }

  @Test("a task heading that names the background by a verb of doing holds tasks")
  func taskHeadingNamingTheBackground() throws {
    #expect(!PlanSections.isBackground("优化发展环境"))
    #expect(PlanSections.isBackground("发展环境"))
    #expect(PlanSections.isBackground("面临形势"))
    let plan = draft([
      "壬市促进中小企业发展若干政策措施", "一、加大培育力度",
      "第一条 加大梯度培育奖励。对新认定的企业给予奖励。(责任单位:市工信局)", "二、优化发展环境",
      "第二条 降低要素成本。对租用标准厂房的企业给予租金补贴。(责任单位:市工信局)",
    ])
    #expect(plan.measures.map(\.title) == ["加大梯度培育奖励", "降低要素成本"])
  }
}
