import PlanModel
import Testing

@testable import PlanImport

/// A goal stated as a half off a base (`较2025年减少一半`): a reduction of 50 %.
@Suite("Extraction: a half off a base is a 50 % reduction")
struct HalvedGoalsTests {
  let lines = ["安岙县低效用地整治实施方案(2026—2028年)", "一、工作目标"]

  @Test("减少一半, 下降一半, 减半 closing a goal")
  func halves() {
    for (sentence, base) in [
      ("到2028年,低效工业用地面积较2025年减少一半。", 2025 as Int?),
      ("到2028年,亩均税收低于5万元的企业数量下降一半以上。", nil),
      ("到2028年,园区燃煤锅炉数量比2024年减半。", 2024),
    ] {
      let plan = draft(lines + [sentence])
      let halved = plan.targets.map(\.goal) + plan.indicators.map(\.goal)
      #expect(
        halved.contains {
          $0.kind == .reduction && $0.target?.value == 50 && $0.unit == "%"
            && $0.target?.year == 2028 && $0.baseYear == base
        }, "\(sentence)")
    }
  }

  @Test("a halved tax, a half of whom, a half before a noun: none")
  func lookalikes() {
    let context = SentenceContext(year: 2028, inGoals: true)
    for clause in ["对A类企业城镇土地使用税减半征收", "一半以上的企业完成改造", "减少一半的审批环节"] {
      #expect(HalvedGoals.goal(clause[...], context: context, baseYear: nil) == nil, "\(clause)")
    }
    // A policy's schedule outside the goals, with no base year: none.
    let policy = SentenceContext(year: 2028)
    #expect(HalvedGoals.goal("第三年租金减半", context: policy, baseYear: nil) == nil)
    #expect(HalvedGoals.goal("第三年租金减半", context: context, baseYear: nil) != nil)
  }
}
