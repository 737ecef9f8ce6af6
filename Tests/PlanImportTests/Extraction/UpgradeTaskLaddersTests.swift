import PlanModel
import Testing

@testable import PlanImport

/// A ladder of upgrades written as successive tasks, each titled by one upgrade — invented
/// passages.
@Suite("Extraction: a ladder of upgrades written as successive tasks")
struct UpgradeTaskLaddersTests {
  @Test("three tasks in a row, each titled by an upgrade, are a ladder counted by their tasks")
  func runInTasks() throws {
    let plan = draft([
      "丙溪县市场主体倍增三年行动方案(2026—2028年)",
      "一、工作目标",
      "2026年新增规上工业企业30家。",
      "二、重点任务",
      "(一)主体培育行动",
      "3.推动小升规。建立“小升规”重点培育企业库,每年入库培育企业80家以上,三年新增规上工业企业120家。",
      "4.推动规改股。引导规上企业开展规范化股份制改造,三年完成规改股企业20家。",
      "5.推动股上市。建立上市后备企业资源库,三年新增上市(挂牌)企业3家,力争主板上市企业实现零的突破。",
      "(二)要素保障行动",
      "6.保障工业用地。三年供应工业用地1500亩。",
    ])
    #expect(plan.ladders.count == 1)
    let ladder = try #require(plan.ladders.first)
    #expect(ladder.tiers.map(\.name) == ["小升规", "规改股", "股上市"])
    // Each task's own count, not the goals part's 2026 count of the tier risen to.
    #expect(ladder.tiers.map { $0.target?.value } == [120, 20, 3])
    #expect(ladder.name == "主体培育行动")
  }

  @Test("heading lines quoting the upgrades, 个转企 first, are read as run-in titles are")
  func headingLines() throws {
    let plan = draft([
      "丁原市推进市场主体梯次升级工作方案",
      "一、重点任务",
      "(一)实施“个转企”培育行动",
      "引导个体工商户转型升级,全年新增“个转企”企业500户。",
      "(二)推进“小升规”提质行动",
      "全年新增规上工业企业60家。",
      "(三)推进“股上市”攀登行动",
      "全年新增上市企业2家。",
    ])
    let ladder = try #require(plan.ladders.first)
    #expect(ladder.tiers.map(\.name) == ["个转企", "小升规", "股上市"])
    #expect(ladder.tiers.map { $0.target?.value } == [500, 60, 2])
  }

  @Test("lone tasks, tasks out of order and one task naming every upgrade give no ladder")
  func lookalikes() {
    let lone = draft([
      "戊山市促进工业企业发展若干措施",
      "一、培育市场主体",
      "第一条 推动企业“小升规”。每年新增规模以上工业企业150家以上。",
      "第二条 推进企业上市。每年新增上市企业2家。",
      "第三条 支持企业技术改造。每年实施技改项目100个。",
    ])
    #expect(lone.ladders.isEmpty)
    let unordered = draft([
      "己山县市场主体培育方案",
      "一、重点任务",
      "1.推动股上市。新增上市企业2家。",
      "2.推动小升规。新增规上工业企业40家。",
      "3.推动规改股。完成规改股企业10家。",
    ])
    #expect(unordered.ladders.isEmpty)
    #expect(UpgradeTaskLadders.upgrade(in: "推进小升规、规改股、股上市") == nil)
    #expect(UpgradeTaskLadders.upgrade(in: "培育规上企业") == nil)
    #expect(UpgradeTaskLadders.upgrade(in: "推动加工企业“小升规”")?.label == "小升规")
    #expect(UpgradeTaskLadders.upgrade(in: "推动企业上市") == nil)
  }

  @Test("a count of a pool or of a level is no count of the upgrade")
  func counts() {
    #expect(UpgradeTaskLadders.counts("新增上市(挂牌)企业", step: "股上市"))
    #expect(UpgradeTaskLadders.counts("完成规改股企业", step: "规改股"))
    #expect(!UpgradeTaskLadders.counts("入库培育企业", step: "小升规"))
    #expect(!UpgradeTaskLadders.counts("上市后备企业", step: "股上市"))
  }
}
