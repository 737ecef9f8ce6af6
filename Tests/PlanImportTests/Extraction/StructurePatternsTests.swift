import PlanModel
import Testing

@testable import PlanImport

@Suite("Extraction: clusters, ladders, measures and unit notes")
struct StructurePatternsTests {
  @Test("clusters with a scale: N亿级, 千亿级")
  func scaled() {
    let found = ClusterPatterns.scaled(in: "到2030年,力争打造80亿级智能装备产业集群和千亿级绿色建材集群。"[...], year: 2030)
    #expect(found.map(\.name) == ["智能装备", "绿色建材"])
    #expect(found.map(\.scale.value) == [80, 1000])
    #expect(found.first?.scale.qualifiers == ["力争"])
  }

  @Test("listed clusters take the tier the list names")
  func listed() {
    let found = ClusterPatterns.listed(in: "全力打造精细化工、智能装备、绿色食品“三大主导产业”。"[...])
    #expect(found.first?.names == ["精细化工", "智能装备", "绿色食品"])
    #expect(found.first?.tier == "主导")
    #expect(ClusterPatterns.tier(ofHeading: "做优做强特色产业集群") == "特色")
    #expect(ClusterPatterns.tier(ofHeading: "优化营商环境") == nil)
    #expect(
      ClusterPatterns.listedUnder(tierHeading: "引进培育氢能、储能、低空经济等一批成长性产业集群。"[...]) == [
        "氢能", "储能", "低空经济",
      ])
  }

  @Test("an output target names a cluster's scale")
  func scaleFromOutput() {
    let goal = GoalCandidate(
      metric: "新能源装备产业产值", goal: Goal(kind: .absolute, direction: .up, unit: "亿元"), sourceText: "")
    #expect(ClusterAssembly.scaleName(of: goal) == "新能源装备")
  }

  @Test("a ladder is a chain of enterprise steps; a product chain is not")
  func ladders() {
    let chain = LadderPatterns.chains(in: "推动企业沿“初创企业—科技型企业—高新技术企业—上市企业”成长。"[...])
    #expect(chain == [["初创企业", "科技型企业", "高新技术企业", "上市企业"]])
    #expect(LadderPatterns.chains(in: "形成“种植—加工—销售”产品链。"[...]).isEmpty)
  }

  @Test("unit notes in every punctuation")
  func unitNotes() {
    let full = UnitNotes.read("加强培训。(牵头单位:县人社局;责任单位:县教育局、县财政局等)")
    #expect(full == UnitNotes(lead: ["县人社局"], responsible: ["县教育局", "县财政局"]))
    let half = UnitNotes.read("加强培训。(牵头部门: 县人社局; 配合单位: 县教育局)")
    #expect(half == UnitNotes(lead: ["县人社局"], responsible: ["县教育局"]))
    let one = UnitNotes.read("加强培训。(责任部门:县人社局)")
    #expect(one == UnitNotes(lead: [], responsible: ["县人社局"]))
    #expect(UnitNotes.read("建设园区(一期)。").isEmpty)
  }

  @Test("measures: run-in headings, lead phrases and positions")
  func measures() {
    let paragraphs = [
      "一、发展目标", "到2030年,产值翻番。", "二、重点任务", "(一)壮大集群。", "智能装备。发展整机。(牵头单位:县工信局)",
      "绿色食品。发展预制菜,到2028年建成基地。", "(二)优化服务。提升效率。",
    ]
    let outline = OutlineRecogniser(paragraphs: paragraphs)
    let sections = PlanSections(outline: outline.headings)
    let measures = MeasurePatterns.measures(
      paragraphs: paragraphs, outline: outline, sections: sections)
    #expect(measures.map(\.title) == ["智能装备", "绿色食品", "优化服务"])
    #expect(measures.map(\.position) == ["二(一) ¶1", "二(一) ¶2", nil])
    #expect(measures[0].units.lead == ["县工信局"])
    #expect(measures[1].due == 2028)
    #expect(measures[2].text == "优化服务。提升效率。")
  }

  @Test("a 任务分工表 gives each task its units, merged cells spread")
  func taskTable() {
    let table = DocumentTable(rows: [
      ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"],
      ["1", "壮大集群", "县工信局", "县发改局、县科技局", "2027年底"],
      ["2", "优化服务", "县工信局", "县政务局", "2027年底"],
    ])
    let rows = TaskTableReader.rows(of: table)
    #expect(rows.map(\.task) == ["壮大集群", "优化服务"])
    #expect(rows[0].units == UnitNotes(lead: ["县工信局"], responsible: ["县发改局", "县科技局"]))
    #expect(rows[1].due == 2027)
    #expect(
      TaskTableReader.rows(of: DocumentTable(rows: [["年份", "产值"], ["2024", "10"]])).isEmpty)
  }

  @Test("a 任务分工表's headers as the unit notes word them: 牵头责任单位 leads, 协同部门 and 责任主体 work with it")
  func taskTableLabels() {
    let table = DocumentTable(rows: [
      ["序号", "工作任务", "牵头责任单位", "协同部门"],
      ["1", "壮大集群", "县工信局", "县发改局、县科技局"],
    ])
    let rows = TaskTableReader.rows(of: table)
    #expect(rows.map(\.task) == ["壮大集群"])
    #expect(rows.first?.units == UnitNotes(lead: ["县工信局"], responsible: ["县发改局", "县科技局"]))
    let subjects = DocumentTable(rows: [
      ["重点任务", "主责部门", "责任主体"],
      ["优化服务", "县政务局", "各乡镇人民政府"],
    ])
    #expect(
      TaskTableReader.rows(of: subjects).first?.units
        == UnitNotes(lead: ["县政务局"], responsible: ["各乡镇人民政府"]))
  }
}
