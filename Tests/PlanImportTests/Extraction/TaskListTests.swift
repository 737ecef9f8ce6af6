import PlanModel
import Testing

@testable import PlanImport

/// A 任务分工 list after the text, clause ordinals in lead phrases, the lines that close a
/// document and an attachment's heading — on invented passages of a made-up county.
@Suite("Extraction: 任务分工 lists, closing lines and attachments")
struct TaskListTests {
  static let document = [
    "戊县关于加快制造业转型升级的实施意见", "一、发展目标", "到2028年,规上工业增加值年均增长8%。", "二、重点任务",
    "(一)壮大林产加工产业。建设木竹精深加工园区,到2028年培育龙头企业5家。",
    "(二)推进数字化改造。实施技改项目30个。(责任单位:县工信局)",
    "(三)优化营商环境。推行承诺制审批。",
    "本意见自印发之日起施行。", "戊县人民政府", "2025年6月3日",
    "附件:重点任务分工",
    "1.壮大林产加工产业。牵头单位:县林业局;责任单位:县工信局、县商务局;完成时限:2028年。",
    "2.推进数字化改造。牵头部门:县科技局;配合部门:县财政局;完成时限:持续推进。",
    "3.建设人才公寓。牵头单位:县住建局。",
  ]

  @Test("an attachment line heads the outline's last part; its numbered items stand under it")
  func annexHeading() {
    let outline = OutlineRecogniser(paragraphs: Self.document)
    let annex = outline.headings.first { $0.key == "附件" }
    #expect(annex?.number == "")
    #expect(annex?.title == "附件:重点任务分工")
    #expect(annex?.level == 1)
    #expect(outline.headings.filter { $0.parent == "附件" }.map(\.key) == ["附件1", "附件2", "附件3"])
    #expect(HeadingMarker.at(startOf: "附件2:项目清单")?.keyPart == "附件2")
    #expect(HeadingMarker.at(startOf: "附件材料应于月底前报送。") == nil)
  }

  @Test("a list item with units and no brackets is a row: title, units, due year")
  func listRows() {
    let outline = OutlineRecogniser(paragraphs: Self.document)
    let list = TaskListReader.rows(paragraphs: Self.document, outline: outline)
    #expect(list.rows.map(\.task) == ["壮大林产加工产业", "推进数字化改造", "建设人才公寓"])
    #expect(list.rows[0].units.lead == ["县林业局"])
    #expect(list.rows[0].units.responsible == ["县工信局", "县商务局"])
    #expect(list.rows.map(\.due) == [2028, nil, nil])
    #expect(list.rows[1].units.responsible == ["县财政局"])
    #expect(list.rows.allSatisfy { $0.listed })
    #expect(list.paragraphs == [11, 12, 13])
  }

  @Test("the list's units go to the body's task of that title; no task is drafted twice")
  func drafted() throws {
    let plan = PlanDrafter().draft(
      DocumentText(blocks: Self.document.map { .paragraph($0) }, kind: .text))
    #expect(plan.measures.map(\.title) == ["壮大林产加工产业", "推进数字化改造", "优化营商环境", "建设人才公寓"])
    let first = try #require(plan.measures.first)
    #expect(first.leadUnits == ["县林业局"])
    #expect(first.responsibleUnits == ["县工信局", "县商务局"])
    #expect(first.source.review == ["责任单位取自任务分工第1项"])
    // The text's own note is kept over the list's.
    #expect(plan.measures[1].responsibleUnits == ["县工信局"])
    // The closing lines are no part of the last task.
    #expect(plan.measures[2].text == "优化营商环境。推行承诺制审批。")
    #expect(plan.measures[3].source.review == ["任务分工第3项未对应到正文措施"])
    #expect(plan.measures[3].section == "附件3")
  }

  @Test("closing lines: the 施行 line, a signature, a date, attachment labels")
  func closingLines() {
    #expect(ClosingLines.isClosing("本方案自发布之日起实施,由县发改局负责解释。"))
    #expect(ClosingLines.isClosing("中共某县委 某县人民政府"))
    #expect(ClosingLines.isClosing("(2024年12月30日)"))
    #expect(ClosingLines.isClosing("2024年12月30日"))
    #expect(ClosingLines.isClosing("抄送:县委办公室。"))
    #expect(!ClosingLines.isClosing("成立县工业发展领导小组,统筹推进各项工作。"))
    #expect(!ClosingLines.isClosing("本方案所称规上企业,是指年主营业务收入2000万元以上的工业企业。"))
    #expect(!ClosingLines.isClosing("2024年全县工业增加值增长9%。"))
  }

  @Test("a paragraph opening with a clause ordinal is titled without it")
  func clauseOrdinals() {
    #expect(MeasurePatterns.leadPhrase("一是健全工作机制。建立月调度制度。") == "健全工作机制")
    #expect(MeasurePatterns.leadPhrase("十二是强化宣传引导。加强政策解读。") == "强化宣传引导")
    #expect(MeasurePatterns.leadPhrase("——智能装备。发展数控机床。") == "智能装备")
    #expect(MeasurePatterns.leadPhrase("三大工程。全面实施技改。") == "三大工程")
  }
}
