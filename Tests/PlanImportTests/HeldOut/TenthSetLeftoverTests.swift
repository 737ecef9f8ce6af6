import PlanModel
import Testing

@testable import PlanImport

/// What the tenth held-out set still missed after branches i12-r9, i12-r10 and i12-r11, read by
/// branch i12-r12, each tried on passages of invented regions in several forms (none of them a
/// held-out document's sentence).
@Suite("Extraction: the tenth held-out set's leftovers")
struct TenthSetLeftoverTests {
  /// A speech given in 2029 setting goals for 2030 and 2032, its first part `review`.
  func speech(_ review: [String], goals: [String] = []) -> Plan {
    draft(
      ["在全县工业高质量发展推进会上的讲话", "中共丁河县委书记  李某", "(2029年12月6日)", "同志们:"]
        + review + ["二、明确目标,奋力开创工业发展新局面"]
        + (goals.isEmpty
          ? ["到2030年,全县规上工业总产值突破900亿元,高新技术企业达到400家,专精特新“小巨人”企业达到12家。"]
          : goals)
        + [
          "三、突出重点,狠抓工作落实", "(一)抓项目建设。全县新开工亿元以上项目60个以上。",
          "(二)抓企业培育。构建“创新型中小企业—专精特新中小企业—专精特新“小巨人”企业”梯度培育体系,到2032年,专精特新“小巨人”企业达到20家。",
        ])
  }

  @Test("a speech's review of its own year is the starting situation, of the year it is given in")
  func ownYearReview() throws {
    let forms: [[String]] = [
      [
        "一、肯定成绩,正视不足",
        "今年以来,全县工业经济稳中向好。预计全年规上工业总产值达到720亿元,同比增长8.6%;1—10月,工业投资同比增长11.2%。",
        "同时,创新主体持续壮大。全县高新技术企业达到310家,今年新增专精特新“小巨人”企业3家、总数达到8家。",
        "问题也不容忽视:营业收入超50亿元的企业只有4家,亩均税收只有14.2万元。",
      ],
      [
        "一、回望一年来的工作",
        "一年来,面对复杂形势,全县上下攻坚克难。规上工业总产值预计达到720亿元,增长8.6%,高新技术企业达到310家,专精特新“小巨人”企业总数达到8家。",
      ],
    ]
    for review in forms {
      let plan = speech(review)
      let goals = draftedFigures(plan)
      for value in [720.0, 8.6, 310, 8] {
        #expect(!goals.contains { $0.value == value }, "\(value) is no goal")
      }
      let baselines =
        plan.targets.compactMap(\.goal.baseline) + plan.indicators.compactMap(\.goal.baseline)
        + plan.baselineIndicators.map(\.baseline)
        + plan.ladders.flatMap(\.tiers).compactMap(\.baseline)
      for value in [720.0, 310, 8] {
        #expect(baselines.contains { $0.value == value && $0.year == 2029 }, "\(value)")
      }
      // The ladder's step takes the goal's count, not this year's new ones.
      let step = try #require(
        plan.ladders.flatMap(\.tiers).first { $0.name.contains("小巨人") })
      #expect(step.target?.value == 20)
      #expect(goals.contains { $0.value == 900 && $0.year == 2030 })
    }
  }

  @Test("a part opened by this year that goes on to next year's goals still states goals")
  func ownYearWithGoalsAhead() {
    let plan = speech([
      "一、今年工作和明年打算",
      "今年以来,全县工业平稳运行。明年全县规上工业总产值增长9%以上,新开工亿元以上项目70个。",
    ])
    let goals = draftedFigures(plan)
    #expect(goals.contains { $0.value == 9 })
    #expect(goals.contains { $0.value == 70 })
  }
}
