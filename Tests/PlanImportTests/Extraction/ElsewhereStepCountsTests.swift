import PlanModel
import Testing

@testable import PlanImport

/// Counts stated outside a ladder's own paragraph: a level of the tier counts its step, new
/// ones, yearly and per-unit figures do not (convention E), on invented passages.
@Suite("Extraction: a step's count from elsewhere in the plan")
struct ElsewhereStepCountsTests {
  static func steps(_ lines: [String]) -> [String: Double?] {
    let tiers = draft(lines).ladders.flatMap(\.tiers)
    return Dictionary(tiers.map { ($0.name, $0.target?.value) }, uniquingKeysWith: { a, _ in a })
  }

  static let head = ["某区先进制造业发展三年行动方案（2026—2028年）", "一、主要目标"]

  @Test("the goals' level of a tier counts the uncounted step")
  func level() {
    let steps = Self.steps(
      Self.head + [
        "到2028年,高新技术企业达到260家,专精特新中小企业突破90家。",
        "二、重点任务",
        "（三）培育优质企业。推动企业沿“科技型中小企业—高新技术企业—专精特新中小企业”梯次成长。",
      ])
    #expect(steps["高新技术企业"] == 260)
    #expect(steps["专精特新中小企业"] == 90)
  }

  @Test("new ones, yearly and per-unit figures elsewhere leave the step uncounted")
  func notLevels() {
    let steps = Self.steps(
      Self.head + [
        "到2028年,新增规上工业企业80家,工业投资年均增长10%。",
        "二、重点任务",
        "（一）强化链主带动。每条产业链遴选2家龙头企业作为链主企业,每年认定瞪羚企业10家。",
        "（二）培育链上企业。推动企业沿“规上企业—瞪羚企业—链主企业”梯次成长。",
      ])
    #expect(steps.keys.contains("规上企业"))
    #expect(steps["规上企业"] == .some(nil))
    #expect(steps["瞪羚企业"] == .some(nil))
    #expect(steps["链主企业"] == .some(nil))
  }

  @Test("a total of new ones over the plan's years counts the step; the ladder's own new ones do")
  func totals() {
    let steps = Self.steps(
      Self.head + [
        "到2028年,累计新增国家级专精特新“小巨人”企业6家。",
        "二、重点任务",
        "（二）实施梯度培育。推动企业沿“创新型中小企业—专精特新中小企业—专精特新‘小巨人’企业”成长,三年新增专精特新中小企业40家。",
      ])
    #expect(steps["专精特新中小企业"] == 40)
    #expect(steps.values.contains(6))
  }

  @Test("a per-unit word marks a count for each of a set")
  func perUnit() {
    #expect(ElsewhereStepCounts.isPerUnit("每条产业链遴选1—2家链主企业"))
    #expect(ElsewhereStepCounts.isPerUnit("每个园区培育龙头企业3家"))
    #expect(!ElsewhereStepCounts.isPerUnit("到2028年链主企业达到12家"))
  }
}
