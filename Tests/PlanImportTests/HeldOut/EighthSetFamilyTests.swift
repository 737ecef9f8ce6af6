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

  @Test("a 任务清单 of lines parted by tabs or spaces gives the body's tasks their units")
  func taskColumnLines() throws {
    let plan = draft([
      "癸县园区攻坚方案(2026—2028年)", "一、攻坚任务", "(一)标准厂房建设攻坚。新建标准厂房20万平方米。",
      "(二)智能化改造攻坚。推动企业实施技改项目。", "(三)招商引资攻坚。引进亿元以上项目30个。", "附件:攻坚任务清单",
      "1\t标准厂房建设攻坚\t县住建局\t县自然资源局、园区管委会\t2027年12月底",
      "2  智能化改造攻坚  县经信局  县财政局  2028年6月底",
      "3  招商引资攻坚  县投资促进中心  园区管委会、县商务局  持续推进",
    ])
    let units = Dictionary(
      plan.measures.map { ($0.title, ($0.leadUnits, $0.responsibleUnits)) },
      uniquingKeysWith: { first, _ in first })
    #expect(units["标准厂房建设攻坚"]?.0 == ["县住建局"])
    #expect(units["标准厂房建设攻坚"]?.1 == ["县自然资源局", "园区管委会"])
    #expect(units["招商引资攻坚"]?.0 == ["县投资促进中心"])
    #expect(plan.measures.count == 3)
    // Two lines are no list; a line whose cells are no units is no row.
    #expect(TaskColumnLines.rows(["1 A任务 县经信局 县财政局", "2 B任务 县经信局 县财政局"]).rows.isEmpty)
    #expect(TaskColumnLines.row("1 推进项目 完成投资 50亿元") == nil)
  }

  @Test("a sentence opened by a past year's end (2024年底,) reports where things stood")
  func pastYearEndOpensAReport() throws {
    let plan = draft([
      "癸市中小企业高质量发展行动方案(2025—2027年)", "一、总体目标",
      "2024年底,全市民营经济市场主体30.5万户,专精特新中小企业210家。到2027年,专精特新中小企业达到400家。",
      "二、重点任务", "(一)实施梯度培育。",
    ])
    #expect(
      !plan.targets.contains { $0.goal.target?.value == 30.5 || $0.goal.target?.value == 210 })
    #expect(plan.targets.contains { $0.goal.target?.value == 400 && $0.goal.target?.year == 2027 })
    for (sentence, opens) in [("2024年底,全市…", true), ("到2024年底,全市…", false), ("2024年,全市…", false)] {
      let year = try #require(NumberUnitParser.years(in: sentence[...]).first)
      #expect(AsOfYears.opensAsDate(year, in: sentence[...]) == opens, "\(sentence)")
    }
  }
}
