import PlanModel
import Testing

@testable import PlanImport

/// Ladders written as lists, levels and programmes — invented passages of a made-up county.
@Suite("Extraction: ladders written without a dash chain")
struct LadderListsTests {
  @Test("a list of enterprise tiers the clause cultivates is a ladder")
  func enumerated() {
    let found = LadderLists.ladders(
      in: "大力培育科技型中小企业、高新技术企业、专精特新“小巨人”企业和制造业单项冠军,增强创新能力。"[...])
    #expect(found == [["科技型中小企业", "高新技术企业", "专精特新“小巨人”企业", "制造业单项冠军"]])
    let after = LadderLists.ladders(in: "完善创新型中小企业、瞪羚企业和独角兽企业发现、培育机制。"[...])
    #expect(after == [["创新型中小企业", "瞪羚企业", "独角兽企业"]])
    let product = LadderLists.ladders(in: "加快培育一批单项冠军企业(产品)、隐形冠军和链主企业。"[...])
    #expect(product == [["单项冠军企业(产品)", "隐形冠军", "链主企业"]])
  }

  @Test("a list of enterprises that are not tiers, or not cultivated, is no ladder")
  func enumeratedPrecision() {
    #expect(LadderLists.ladders(in: "鼓励国有企业、民营企业和外资企业合作。"[...]).isEmpty)
    #expect(LadderLists.ladders(in: "引导龙头企业、骨干企业参与标准制定。"[...]).isEmpty)
    #expect(LadderLists.ladders(in: "培育一批“青松”企业、瞪羚企业、雏鹰企业。"[...]).isEmpty)
    #expect(LadderLists.ladders(in: "高新技术企业、专精特新企业和上市企业数量稳步增长。"[...]).isEmpty)
    #expect(LadderLists.ladders(in: "重点发展智能家电、电子元器件、新型材料等产业。"[...]).isEmpty)
  }

  @Test("levels of one kind graded or counted with 分别 are a ladder, lowest first")
  func levelled() {
    let graded = LadderLists.ladders(in: "分层分级创建国家级、省级、市级智能工厂。"[...])
    #expect(graded == [["市级智能工厂", "省级智能工厂", "国家级智能工厂"]])
    let store = LadderLists.ladders(in: "梯度建立国家、省级绿色园区培育库。"[...])
    #expect(store == [["省级绿色园区", "国家绿色园区"]])
    let counted = LadderLists.ladders(in: "到2028年,国家级和省级瞪羚企业分别达到3家、15家。"[...])
    #expect(counted == [["省级瞪羚企业", "国家级瞪羚企业"]])
  }

  @Test("levels named without grading or counting are no ladder")
  func levelledPrecision() {
    #expect(LadderLists.ladders(in: "支持创建国家级、省级绿色园区。"[...]).isEmpty)
    #expect(LadderLists.ladders(in: "国家级和省级科研平台分别达到2个、8个。"[...]).isEmpty)
  }

  @Test("programmes for kinds of enterprise in a graded paragraph are a ladder")
  func programmes() {
    let paragraph =
      "构建企业梯度培育体系。实施初创企业“萌芽”计划,建立培育档案。实施成长型企业“拔节”计划,"
      + "引导企业专业化发展。实施骨干企业“参天”工程,推动上市。实施区域品牌“出山”行动,拓展市场。"
    let found = LadderLists.programmes(in: paragraph[...])
    #expect(found?.steps == ["初创企业“萌芽”计划", "成长型企业“拔节”计划", "骨干企业“参天”工程"])
    #expect(found?.sentence == "构建企业梯度培育体系。")
  }

  @Test("programmes without grading, or fewer than three, are no ladder")
  func programmesPrecision() {
    let ungraded = "实施初创企业“萌芽”计划。实施成长型企业“拔节”计划。实施骨干企业“参天”工程。"
    #expect(LadderLists.programmes(in: ungraded[...]) == nil)
    let two = "推进企业梯度培育。实施龙头企业引领工程。实施中小企业成长工程。"
    #expect(LadderLists.programmes(in: two[...]) == nil)
  }

  @Test("a count names the step whose enterprises it counts, 工业 and a qualifier aside")
  func stepCount() {
    let steps = ["规模以上企业", "隐形冠军"]
    #expect(LadderLists.step(for: "以农产品加工为主的规模以上工业企业", among: steps) == "规模以上企业")
    #expect(LadderLists.step(for: "隐形冠军企业", among: steps) == "隐形冠军")
    #expect(LadderLists.step(for: "规模以上工业增加值", among: steps) == nil)
    let levels = ["省级瞪羚企业", "国家级瞪羚企业"]
    #expect(LadderLists.step(for: "国家级", among: levels) == "国家级瞪羚企业")
    #expect(LadderLists.step(for: "省级瞪羚企业", among: levels) == "省级瞪羚企业")
  }

  @Test("a draft: a ladder named by its run-in heading, its levels counted by a target sentence")
  func drafted() throws {
    let lines = [
      "丙县制造业高质量发展实施方案(2024—2027年)", "一、主要目标",
      "到2027年,规模以上工业企业达到90家,国家级和省级瞪羚企业分别达到2家、12家。", "二、重点任务",
      "(一)壮大市场主体。构建企业梯度培育体系。实施初创企业“萌芽”计划。实施成长型企业“拔节”计划。实施骨干企业“参天”工程。",
      "(二)培育优质企业。推动企业按照“规模以上企业—瞪羚企业—链主企业”路径成长。",
    ]
    let plan = draft(lines)
    let names = plan.ladders.map(\.name)
    #expect(names.contains("壮大市场主体"))
    let programmes = try #require(plan.ladders.first { $0.name == "壮大市场主体" })
    #expect(programmes.tiers.map(\.name) == ["初创企业“萌芽”计划", "成长型企业“拔节”计划", "骨干企业“参天”工程"])
    let levels = try #require(plan.ladders.first { $0.tiers.count == 2 })
    #expect(levels.tiers.map(\.name) == ["省级瞪羚企业", "国家级瞪羚企业"])
    #expect(levels.tiers.map { $0.target?.value } == [12, 2])
    let chain = try #require(plan.ladders.first { $0.name == "培育优质企业" })
    #expect(chain.tiers.first?.target?.value == 90)
  }
}
