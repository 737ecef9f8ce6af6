import PlanModel
import Testing

@testable import PlanImport

@Suite("Extraction: classes by amount keep their own starting counts")
struct AmountClassesTests {
  @Test("the amount a class is set at, in Chinese numerals or digits")
  func amounts() {
    #expect(AmountClasses.amount(in: "超五十亿元企业")?.value == 50)
    #expect(AmountClasses.amount(in: "产值超百亿元企业")?.value == 100)
    #expect(AmountClasses.amount(in: "10亿元以上项目")?.value == 10)
    #expect(AmountClasses.amount(in: "营业收入超2000万元企业")?.value == 2000)
    #expect(AmountClasses.amount(in: "规上工业企业") == nil)
  }

  @Test("another amount is another class; the same amount, or none, is allowed")
  func allows() {
    #expect(!AmountClasses.allows("超十亿元企业", for: "超五十亿元企业"))
    #expect(!AmountClasses.allows("10亿元以上项目", for: "50亿元以上项目"))
    #expect(AmountClasses.allows("产值超百亿元企业", for: "百亿元企业"))
    #expect(AmountClasses.allows("10亿元以上项目", for: "十亿元以上项目"))
    #expect(AmountClasses.allows("规上工业企业", for: "超十亿元企业"))
  }

  @Test("a starting count of one class is no baseline of another")
  func drafted() throws {
    let plan = draft([
      "戊县人民政府", "戊县工业倍增行动方案(2026—2028年)", "一、发展基础",
      "2025年,全县产值超十亿元企业14家。", "二、主要目标",
      "到2028年,产值超五十亿元企业达到3家、超十亿元企业达到20家。",
    ])
    let fifty = try #require(plan.targets.first { $0.goal.target?.value == 3 })
    #expect(fifty.goal.baseline == nil)
    let ten = try #require(plan.targets.first { $0.goal.target?.value == 20 })
    #expect(ten.goal.baseline == Figure(value: 14, year: 2025))
  }
}
