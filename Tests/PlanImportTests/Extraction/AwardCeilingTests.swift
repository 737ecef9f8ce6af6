import PlanModel
import Testing

@testable import PlanImport

/// An award's ceiling for one recipient is no goal, on invented policy articles.
@Suite("Extraction: an award's ceiling per recipient is no goal")
struct AwardCeilingTests {
  @Test("单个企业全年不超过30万元 and its kin are ceilings; a goal bounded from above is kept")
  func ceilings() {
    let plan = draft([
      "庚县人民政府关于支持工业经济稳增长的若干政策措施", "第一条　鼓励满产增产。",
      "对节假日连续生产的企业，按加班工资的20%给予补助，单个企业全年不超过30万元。",
      "第二条　支持技术改造。按设备投资额的8%给予补助，每家企业不得超过200万元；单笔贷款贴息不高于50万元。",
      "第三条　发展目标。到2027年，全县规上工业单位增加值能耗不超过0.6吨标准煤/万元，工业投资达到120亿元。",
    ])
    let values =
      plan.targets.compactMap { $0.goal.target?.value }
      + plan.indicators.compactMap { $0.goal.target?.value }
    #expect(!values.contains(30))
    #expect(!values.contains(200))
    #expect(!values.contains(50))
    #expect(values.contains(120))
    #expect(values.contains(0.6))
  }
}
