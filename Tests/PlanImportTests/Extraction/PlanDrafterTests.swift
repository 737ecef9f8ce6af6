import PlanFiles
import PlanModel
import Testing

@testable import PlanImport

@Suite("Extraction: a whole draft")
struct PlanDrafterTests {
  static let invented = [
    "甲州市人民政府办公室", "关于印发甲州市先进制造业发展行动方案(2024—2028年)的通知", "各区县人民政府:",
    "甲州市人民政府办公室", "2024年3月5日", "甲州市先进制造业发展行动方案(2024—2028年)",
    "为加快建设制造强市,制定本方案。", "一、发展基础", "2023年全市规模以上工业营业收入达到820亿元。",
    "二、主要目标", "到2028年,实现以下目标:", "——规模持续壮大。全市规模以上工业营业收入突破1200亿元,制造业增加值占比提高至32%。",
    "——主体不断壮大。国家级单项冠军企业实现零突破。", "三、重点任务", "(一)壮大主导产业集群。",
    "智能装备。发展整机装备,到2028年,力争打造300亿级智能装备产业集群。(牵头单位:市经信局;责任单位:市发改局、市科技局等)",
    "(二)推动企业梯度成长。", "推动企业沿创新型—专精特新—“小巨人”—单项冠军成长壮大。到2028年,新增“小巨人”企业10家。(责任单位:市经信局)",
    "(三)提升用地效率。", "到2028年,亩均税收达到30万元以上。(牵头单位:市自然资源局)",
  ]

  func draft(_ lines: [String], regionID: String? = nil) -> Plan {
    PlanDrafter(regionID: regionID).draft(
      DocumentText(blocks: lines.map { .paragraph($0) }, kind: .text))
  }

  @Test("region, document and horizon from the text")
  func header() {
    let plan = draft(Self.invented)
    #expect(plan.region == Region(id: "jiazhou", name: "甲州市", level: .city, province: nil))
    #expect(plan.document.title == "甲州市先进制造业发展行动方案(2024—2028年)")
    #expect(plan.document.issuer == "甲州市人民政府办公室")
    #expect(plan.document.issued == PlanDate(year: 2024, month: 3, day: 5))
    #expect(plan.document.horizon == Horizon(start: 2024, end: 2028))
  }

  @Test("targets, baseline, clusters, ladder, indicator and measures, each with its source")
  func items() throws {
    let plan = draft(Self.invented)
    let revenue = try #require(plan.targets.first { $0.goal.unit == "亿元" })
    #expect(revenue.goal.target == Figure(value: 1200, year: 2028))
    #expect(revenue.goal.baseline == Figure(value: 820, year: 2023))
    #expect(revenue.source.heading == "二")
    #expect(revenue.source.review.contains(ReviewMark.yearFromEarlierParagraph.text(.zh)))
    let cluster = try #require(plan.clusters.first)
    #expect(cluster.name == "智能装备")
    #expect(cluster.tier == "主导")
    #expect(cluster.scale == Figure(value: 300, year: 2028, qualifiers: ["力争"]))
    #expect(cluster.leadUnits == ["市经信局"])
    let ladder = try #require(plan.ladders.first)
    #expect(ladder.tiers.map(\.name) == ["创新型", "专精特新", "“小巨人”", "单项冠军"])
    #expect(ladder.tiers[2].target == Figure(value: 10, year: 2028))
    // 单项冠军企业实现零突破: the step's first one.
    #expect(ladder.tiers[3].baseline == Figure(value: 0))
    #expect(ladder.tiers[3].target == Figure(value: 1, year: 2028))
    #expect(ladder.tiers[3].qualifiers == ["零突破"])
    #expect(plan.indicators.map(\.category) == [.land])
    #expect(plan.measures.map(\.title) == ["智能装备", "推动企业梯度成长", "提升用地效率"])
    #expect(plan.measures[0].responsibleUnits == ["市发改局", "市科技局"])
    let text = Self.invented.joined(separator: "\n")
    for source in plan.targets.map(\.source) + plan.indicators.map(\.source)
      + plan.clusters.map(\.source)
    {
      #expect(text.contains(try #require(source.text)))
    }
  }

  @Test("the draft passes the plan rules and reads back from YAML")
  func validates() throws {
    let plan = draft(Self.invented)
    #expect(PlanRules.check([plan]).isEmpty)
    let yaml = try PlanYAMLWriter.yaml(for: plan)
    let read = PlanFileReader.read(text: yaml, file: "draft.yaml")
    #expect(read.problems.isEmpty)
  }

  @Test("a web excerpt cut mid-sentence still gives a valid draft with its guesses noted")
  func excerpt() {
    let plan = draft([
      "中共乙山县委关于推进工业强县的决定", "到2027年,全县规上工业企业达到120家以上,工业投资年均增长12%,规上工业增加值增速高于全省平",
    ])
    #expect(plan.region.name == "乙山县")
    #expect(plan.region.level == .county)
    #expect(plan.targets.contains { $0.goal.target == Figure(value: 120, year: 2027) })
    #expect(plan.document.notes.contains { $0.contains("规划期") })
    #expect(PlanRules.check([plan]).isEmpty)
  }

  @Test("without a header the region is the one the text names with 委 or 政府 most")
  func regionFromText() {
    let plan = draft([
      "为深入学习贯彻省委全会精神,中共丁州市委全会作出如下决定。", "一、发展目标", "到2027年,丁州市工业增加值实现倍增,学习贯彻省委部署。",
    ])
    #expect(plan.region.name == "丁州市")
    #expect(plan.document.notes.contains { $0.contains("地区由正文推断") })
  }

  @Test("a text with no title or region still drafts, its guesses noted")
  func bare() {
    let plan = draft(["推进产业升级,力争到2026年产值增长30%。"], regionID: "somewhere")
    #expect(plan.region.id == "somewhere")
    #expect(plan.document.titleInText == false)
    #expect(PlanRules.check([plan]).isEmpty)
  }

  @Test("a repeated copy and a news lead-in are left out")
  func body() {
    let long = "这是一个足够长的段落,用来检查重复的网页副本会被去掉,而不是读两遍,所以它需要超过四十个字符才行。"
    let body = BodyParagraphs(texts: ["某网讯,近日发布方案。", "原文如下:", "标题", long, "尾部", "标题", long])
    // The short lines before the repeat open the copy: they go with it.
    #expect(body.texts == ["标题", long])
    #expect(body.droppedLeadIn && body.droppedRepeat)
  }

  @Test("ids are pinyin slugs, unique")
  func ids() {
    var ids = DraftIDs(region: "jiazhou")
    #expect(ids.make("target", name: "营业收入") == "jiazhou.target.ying-ye-shou-ru")
    #expect(ids.make("target", name: "营业收入") == "jiazhou.target.ying-ye-shou-ru-2")
    #expect(DraftIDs.regionID(for: "甲州市") == "jiazhou")
    #expect(IDRules.isWellFormed(ids.make("measure", name: "5G工厂“建设”")))
  }
}

@Suite("Extraction: a 任务分工表 in a Word file")
struct TaskTableDraftTests {
  @Test("each task row becomes a measure with its units; a merged group row does not")
  func taskTableDocx() throws {
    let document = try DocumentReader.read(ImportFixtures.url("task-table.docx"))
    let plan = PlanDrafter().draft(document)
    let chain = try #require(plan.measures.first { $0.title == "实施产业链链长制" })
    #expect(chain.leadUnits == ["市经济和信息化局"])
    #expect(chain.responsibleUnits == ["各区县人民政府"])
    #expect(chain.source.review.contains { $0.contains("任务分工表") })
    let finance = try #require(plan.measures.first { $0.title == "强化金融支持" })
    #expect(finance.responsibleUnits.isEmpty == false || finance.leadUnits.isEmpty == false)
    #expect(!plan.measures.contains { $0.title.contains("产业提升行动") })
    #expect(PlanRules.check([plan]).isEmpty)
  }
}
