import PlanModel
import Testing

@testable import PlanImport

/// Ladders stated in one phrase — a quoted list closed by a grading word, a chain of upgrades,
/// a progression from one tier to the next — on invented passages of a made-up county.
@Suite("Extraction: ladders as quoted lists, upgrade chains and progressions")
struct LadderPhrasingsTests {
  @Test("a quoted list of tiers closed by a grading word is a ladder, in either quote style")
  func quotedList() {
    let found = LadderLists.ladders(
      in: "依照“创新型中小企业、‘瞪羚’企业、制造业单项冠军企业”三级梯度,建立分层培育库。"[...])
    #expect(found == [["创新型中小企业", "‘瞪羚’企业", "制造业单项冠军企业"]])
    let corner = LadderLists.ladders(in: "构建「科技型企业、高新技术企业、链主企业」梯次培育格局。"[...])
    #expect(corner == [["科技型企业", "高新技术企业", "链主企业"]])
    let counted = LadderLists.ladders(in: "形成“雏鹰企业、瞪羚企业、独角兽企业”4个层级梯队。"[...])
    #expect(counted == [["雏鹰企业", "瞪羚企业", "独角兽企业"]])
  }

  @Test("a quoted list without a grading word, or of things not tiers, is no ladder")
  func quotedListPrecision() {
    #expect(LadderLists.ladders(in: "开展“专精特新企业、瞪羚企业、链主企业”评选活动。"[...]).isEmpty)
    #expect(LadderLists.ladders(in: "推进“技术改造、设备更新、数字转型”三级梯度改造。"[...]).isEmpty)
    #expect(LadderPhrasings.closesWithGrading("”三级梯度"[...]))
    #expect(LadderPhrasings.closesWithGrading("梯次培育"[...]))
    #expect(!LadderPhrasings.closesWithGrading("”评选活动"[...]))
  }

  @Test("a chain of upgrades gives the tiers risen to, in order")
  func upgrades() {
    let found = LadderLists.ladders(in: "全面推进“规升高、高升专、专升冠”企业培育计划。"[...])
    #expect(found == [["高新技术企业", "专精特新中小企业", "单项冠军企业"]])
    let unquoted = LadderUpgrades.steps(in: "持续开展小升规、规升高、高升专、专升巨行动"[...])
    #expect(unquoted == ["规上工业企业", "高新技术企业", "专精特新中小企业", "专精特新“小巨人”企业"])
  }

  @Test("upgrades whose links do not join, or name no known tier, are no ladder")
  func upgradesPrecision() {
    #expect(LadderUpgrades.steps(in: "引导企业“个转企、小升规、规改股、股上市”"[...]) == nil)
    #expect(LadderUpgrades.steps(in: "推进“村改居、居转社、社升街”改革"[...]) == nil)
    #expect(LadderUpgrades.steps(in: "规升高、高升专"[...]) == nil)
  }

  @Test("a progression from one tier to the next ones is a ladder, the first tier included")
  func progression() {
    let found = LadderLists.ladders(
      in: "引导雏鹰企业向科技型中小企业、瞪羚企业和独角兽企业梯次成长,形成企业雁阵。"[...])
    #expect(found == [["雏鹰企业", "科技型中小企业", "瞪羚企业", "独角兽企业"]])
    let from = LadderProgressions.steps(in: "支持企业由规上企业向高新技术企业、链主企业逐级跃升"[...])
    #expect(from == ["规上企业", "高新技术企业", "链主企业"])
  }

  @Test("a progression of industries or of two tiers only is no ladder")
  func progressionPrecision() {
    #expect(LadderProgressions.steps(in: "推动传统产业向高端化、智能化、绿色化转型升级"[...]) == nil)
    #expect(LadderProgressions.steps(in: "推动科技型中小企业向高新技术企业跃升"[...]) == nil)
    #expect(LadderProgressions.steps(in: "推动小微企业向高新技术企业、专精特新企业集聚"[...]) == nil)
  }

  @Test("a step's count is read from a metric with (产品) or with 规模以上 for 规上")
  func stepCounts() {
    let steps = ["规上工业企业", "单项冠军企业"]
    #expect(LadderLists.step(for: "规模以上工业企业", among: steps) == "规上工业企业")
    #expect(LadderLists.step(for: "省级制造业单项冠军企业(产品)", among: steps) == "单项冠军企业")
    // A bare `企业` counts no step, though every step ends with it.
    #expect(LadderLists.step(for: "企业", among: ["科技型中小企业"]) == nil)
    #expect(LadderLists.step(for: "“小巨人”企业", among: ["专精特新“小巨人”企业"]) == "专精特新“小巨人”企业")
  }

  @Test("a draft: a progression in a graded paragraph gives one ladder with its counts")
  func drafted() throws {
    let lines = [
      "丁县工业强县三年行动方案(2025—2027年)", "一、主要目标",
      "到2027年,高新技术企业达到40家,省级瞪羚企业达到12家。", "二、重点任务",
      "(一)实施企业梯度培育。推动科技型中小企业向高新技术企业、瞪羚企业、链主企业逐级跃升。每年新增入库科技型中小企业20家以上。",
    ]
    let plan = draft(lines)
    #expect(plan.ladders.count == 1)
    let ladder = try #require(plan.ladders.first)
    #expect(ladder.tiers.map(\.name) == ["科技型中小企业", "高新技术企业", "瞪羚企业", "链主企业"])
    #expect(ladder.tiers.map { $0.target?.value } == [20, 40, 12, nil])
  }
}
