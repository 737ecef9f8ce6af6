import PlanModel
import Testing

@testable import PlanImport

/// The year a plan starts from — the later of its issue year and its span's start — on
/// invented plans.
@Suite("Extraction: a plan issued the year before its span reports that year as its start")
struct PlanStartYearTests {
  func plan(issued: String, span: String) -> Plan {
    draft([
      "庚州市人民政府办公室关于印发庚州市未来产业发展行动方案\(span)的通知", "庚府办发〔2026〕9号", "庚州市人民政府办公室",
      issued, "一、发展基础",
      "近年来，我市产业规模稳步扩大。2026年，全市未来产业实现产值320亿元，占规上工业总产值的比重达到9.5%。",
      "二、发展目标", "到2030年，全市未来产业产值突破800亿元。",
    ])
  }

  @Test("a 2027—2030 plan issued in November 2026: the 2026 figures are its start")
  func issuedTheYearBefore() throws {
    let plan = plan(issued: "2026年11月28日", span: "（2027—2030年）")
    let goal = try #require(plan.targets.first { $0.goal.target?.value == 800 })
    #expect(goal.goal.baseline?.value == 320)
    #expect(goal.goal.baseline?.year == 2026)
  }

  @Test("a plan issued in its span's first year still reports the year before")
  func issuedInItsFirstYear() throws {
    let plan = plan(issued: "2027年2月10日", span: "（2027—2030年）")
    let goal = try #require(plan.targets.first { $0.goal.target?.value == 800 })
    #expect(goal.goal.baseline?.year == 2026)
  }
}
