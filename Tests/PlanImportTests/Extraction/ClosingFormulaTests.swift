import PlanModel
import Testing

@testable import PlanImport

/// `特此通知。`, `特此通报。`: the formula a 公文 closes its text with, no task.
@Suite("Extraction: a 公文's closing formula")
struct ClosingFormulaTests {
  @Test("the formula alone on its line closes the text")
  func formula() {
    for line in ["特此通知。", "特此通报。", "特此函告", "特此公告。", "特此批复!"] {
      #expect(ClosingLines.isClosingFormula(line), "\(line)")
    }
    for line in ["特此说明有关情况如下:", "特此向各位致谢,并请继续支持。", "通知。", "特此通知各县区做好准备工作。"] {
      #expect(!ClosingLines.isClosingFormula(line), "\(line)")
    }
  }

  @Test("after the last task's paragraph, the formula and the signature are no task")
  func closesLastTask() {
    let plan = draft([
      "乙市工业和信息化局关于上半年工业经济运行情况的通报", "一、下一步工作", "(一)强化运行调度。每月调度重点企业生产情况。", "特此通报。",
      "乙市工业和信息化局",
    ])
    #expect(plan.measures.map(\.title) == ["强化运行调度"])
  }
}
