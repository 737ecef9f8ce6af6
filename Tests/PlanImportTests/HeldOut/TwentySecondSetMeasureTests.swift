import PlanModel
import Testing

@testable import PlanImport

/// How the twenty-second to twenty-fourth held-out sets write their measures' units and what is
/// no task — annex tables as text, units with inner lists, calls on everyone, shared unit lines,
/// 专栏 item lists, quoted-chain titles and closing calls — on other invented passages.
@Suite("Extraction: measures from the twenty-second to twenty-fourth held-out sets")
struct TwentySecondSetMeasureTests {
  /// The plan drafted from a plain text, its tables read as the text reader reads them.
  func draftText(_ lines: [String]) throws -> Plan {
    let text = try PlainTextReader.read(Array(lines.joined(separator: "\n").utf8), path: "x.txt")
    return PlanDrafter().draft(text)
  }

  static let tasks = [
    "乙川县2027年工业提质行动方案", "一、重点任务",
    "（一）推进技术改造。支持企业实施设备更新，全年完成技改项目60个。",
    "（二）培育“专精特新—小巨人—单项冠军”梯队。建立企业培育库，推动企业逐级成长。",
    "（三）扩大有效投资。实施重大项目攻坚，全年完成工业投资120亿元。",
  ]

  @Test("an annex table printed one cell a line is read, a merged cell carried to the rows below")
  func cellLineTable() throws {
    let annex = [
      "附件", "工作任务分工表", "序号", "工作类别", "重点任务", "牵头单位", "配合单位", "完成时间",
      "1", "产业升级", "推进技术改造", "县经信局", "县财政局、县税务局", "2027年12月底前",
      "2", "培育梯队", "县科技局", "县经信局", "持续推进",
      "3", "项目投资", "扩大有效投资", "县发改局", "县自然资源局", "2027年12月底前",
    ]
    let plan = try draftText(Self.tasks + annex)
    let units = Dictionary(
      plan.measures.map { ($0.title, $0.leadUnits + ["|"] + $0.responsibleUnits) },
      uniquingKeysWith: { a, _ in a })
    #expect(units["推进技术改造"] == ["县经信局", "|", "县财政局", "县税务局"])
    #expect(units["扩大有效投资"] == ["县发改局", "|", "县自然资源局"])
    // The second row's 工作类别 is merged with the first's; its task is the body's title
    // without the chain it quotes.
    #expect(units["培育“专精特新—小巨人—单项冠军”梯队"] == ["县科技局", "|", "县经信局"])
    let table = CellLineTable.table(annex, from: 2)?.0
    #expect(table?.rows.count == 4)
    #expect(table?.rows[2] == ["2", "产业升级", "培育梯队", "县科技局", "县经信局", "持续推进"])
  }

  @Test("a merged group cell printed once is filled from the row above")
  func mergedCells() {
    let lines = [
      "序号", "任务类别", "重点任务", "牵头部门", "1", "招商引资", "开展以商招商", "投资促进局", "2", "建立招商图谱",
      "商务局", "本方案自印发之日起施行。",
    ]
    let table = CellLineTable.table(lines, from: 0)
    #expect(table?.0.rows.last == ["2", "招商引资", "建立招商图谱", "商务局"])
    #expect(table?.1 == 11)
    // A list of numbers under a heading `序号` with no unit column is no task table.
    #expect(CellLineTable.table(["序号", "指标", "单位", "1", "产值", "亿元"], from: 0) == nil)
  }

  @Test("an annex table parted by single ideographic spaces, its task column `重点工作`")
  func singleSpacedAnnex() throws {
    let s = "\u{3000}"
    let annex = [
      "附件：重点工作责任分工", "序号\(s)重点工作\(s)牵头单位\(s)配合单位",
      "1\(s)推进技术改造\(s)县经信局\(s)县财政局、县税务局", "2\(s)扩大有效投资\(s)县发改局\(s)县自然资源局",
      "3\(s)强化要素保障\(s)县自然资源局\(s)县发改局",
    ]
    let plan = try draftText(Self.tasks + annex)
    let invest = plan.measures.first { $0.title == "扩大有效投资" }
    #expect(invest?.leadUnits == ["县发改局"])
    #expect(invest?.responsibleUnits == ["县自然资源局"])
  }

  @Test("a task whose title quotes a chain is a heading, matched by the annex without the quote")
  func quotedChainTitle() throws {
    #expect(HeadingTitleLength.length(of: "构建“甲—乙—丙—丁—戊—己—庚—辛—壬—癸—子—丑—寅—卯—辰—巳—午—未”体系") == 8)
    #expect(HeadingTitleLength.length(of: "推进技术改造") == 6)
    #expect(QuotedSpans.dropped("构建“A—B—C”梯度培育体系") == "构建梯度培育体系")
    let chain = "（二）构建“创新型中小企业—专精特新中小企业—专精特新‘小巨人’企业—制造业单项冠军企业”梯度培育体系。到2028年，专精特新中小企业达到100家。"
    let plan = draft(["一、重点任务", chain, "（三）扩大有效投资。全年完成工业投资120亿元。"])
    #expect(plan.outline.count == 3)
    #expect(plan.measures.count == 2)
  }

  @Test("a unit's inner list in any brackets stays one unit; `各区、县(市)` before one organ too")
  func innerLists() {
    #expect(UnitNotes.splitUnits("市科技局、各县〈市、区〉政府"[...]) == ["市科技局", "各县〈市、区〉政府"])
    #expect(UnitNotes.splitUnits("各旗<县、区>人民政府、市财政局"[...]) == ["各旗<县、区>人民政府", "市财政局"])
    #expect(UnitNotes.splitUnits("各区、县(市)人民政府"[...]) == ["各区、县(市)人民政府"])
    #expect(UnitNotes.splitUnits("各镇、街道党委"[...]) == ["各镇、街道党委"])
    // Two units each named whole stay two.
    #expect(UnitNotes.splitUnits("各区、市发改委"[...]) == ["各区", "市发改委"])
    #expect(UnitNotes.splitUnits("区工信局、区财政局"[...]) == ["区工信局", "区财政局"])
  }

  @Test("a call on every unit of a level, a role or the places' leadership is no unit")
  func calls() {
    #expect(UnitCalls.isCall("区级各有关部门"))
    #expect(UnitCalls.isCall("县直各单位"))
    #expect(UnitCalls.isCall("各产业集群牵头单位"))
    #expect(UnitCalls.isCall("各乡镇党委和政府"))
    #expect(!UnitCalls.isCall("区工信局"))
    #expect(!UnitCalls.isCall("各县(市、区)人民政府"))
    let plan = draft([
      "一、重点任务", "（一）壮大集群。区工信局要牵头制定集群培育方案，到2028年集群营业收入达到300亿元。",
      "（二）优化服务。区级各有关部门要按照职责分工，做好企业服务。",
    ])
    #expect(plan.measures.first?.leadUnits == ["区工信局"])
    #expect(plan.measures.last.map { $0.leadUnits + $0.responsibleUnits } == [])
  }

  @Test("a 保障措施 item's prose names no unit of the item; a task's does")
  func supportChapters() {
    let plan = draft([
      "一、重点任务", "（一）扩大投资。县发改局要牵头建立重大项目库，县财政局要加强资金保障。",
      "二、保障措施", "（一）强化资金保障。县财政局要加快资金拨付，确保政策兑现。",
      "（二）加强统筹协调。建立由县经信局牵头的联席会议制度，定期研究重大问题。",
    ])
    #expect(plan.measures.first?.leadUnits == ["县发改局"])
    #expect(
      plan.measures.dropFirst().allSatisfy { $0.leadUnits.isEmpty && $0.responsibleUnits.isEmpty })
    let outline = OutlineRecogniser(paragraphs: [
      "一、重点任务", "(一)扩大投资。推进项目建设。", "二、组织实施", "(一)加强领导。成立工作专班。",
    ])
    #expect(SupportSections.contains("二(一)", outline: outline))
    #expect(!SupportSections.contains("一(一)", outline: outline))
  }

  @Test("a line of units for the items before it is their note, no task")
  func sharedUnitLines() {
    let line = SharedUnitLines.read("以上两项任务牵头单位：区发改局；责任单位：区工信局、区财政局，下同。")
    #expect(line?.count == 2)
    #expect(line?.notes.lead == ["区发改局"])
    #expect(line?.notes.responsible == ["区工信局", "区财政局"])
    #expect(SharedUnitLines.read("以上目标到2028年全面完成。") == nil)
    let plan = draft([
      "一、重点任务", "（一）壮大新材料产业。支持企业扩能。", "（二）做强装备产业。支持整机企业发展。",
      "（三）提升食品产业。支持精深加工。", "以上两个产业责任单位：县经信局、县发改局。",
    ])
    #expect(plan.measures.count == 3)
    #expect(plan.measures[0].responsibleUnits.isEmpty)
    #expect(plan.measures[1].responsibleUnits == ["县经信局", "县发改局"])
    #expect(plan.measures[2].responsibleUnits == ["县经信局", "县发改局"])
  }

  @Test("a 专栏's items run together in one paragraph stay in the box")
  func boxItemLists() {
    #expect(
      BoxItemLists.isList(
        "甲公司扩能项目，总投资10亿元，建设期2026—2027年；乙公司新材料项目，总投资6亿元；丙产业园项目，总投资3亿元，2028年建成。"))
    #expect(!BoxItemLists.isList("推动企业扩能；加强技术创新；支持企业上市。"))
    #expect(!BoxItemLists.isList("到2028年产值达到100亿元；企业达到50家。加强招商。"))
    let plan = draft([
      "一、重点任务", "（一）壮大新材料产业。支持企业扩能。", "专栏1　新材料产业重点项目",
      "甲公司扩能项目，总投资10亿元，建设期2026—2027年；乙公司新材料项目，总投资6亿元；丙产业园项目，总投资3亿元，2028年建成。",
      "（二）做强装备产业。支持整机企业发展。",
    ])
    #expect(plan.measures.map(\.title) == ["壮大新材料产业", "做强装备产业"])
  }

  @Test("a closing call on everyone after the last item is no part of it")
  func closingCalls() {
    let plan = draft([
      "一、重点任务", "（一）扩大投资。全年完成工业投资120亿元。", "二、保障措施", "（一）加强领导。成立工作专班。",
      "（二）营造氛围。加强政策宣传。", "各乡镇、各部门要按照本方案要求，细化工作措施，每季度报送进展。",
      "附件：重点任务分工",
    ])
    #expect(plan.measures.map(\.title) == ["扩大投资", "加强领导", "营造氛围"])
    // Under a heading line, a call that is the item's only paragraph stays its task.
    let only = draft(["一、重点任务", "（一）扩大投资。全年完成工业投资120亿元。", "二、组织实施", "各乡镇、各部门要按照本方案要求，细化工作措施。"])
    #expect(only.measures.count == 2)
    #expect(ClosingCalls.opensWithAddressees("各县(市、区)、各有关部门要结合实际抓好落实。"))
    #expect(!ClosingCalls.opensWithAddressees("县经信局要抓好落实。"))
    // A call of the item's own, about no carrying out of the plan, stays the item's.
    #expect(!ClosingCalls.opensWithAddressees("各部门要加强协作,形成工作合力。"))
  }
}
