import PlanModel
import Testing

@testable import PlanImport

/// A line of fields closing on a telephone number (`投资咨询:X中心　联系电话:…`): who to call,
/// no task.
@Suite("Extraction: a line of fields closing on a telephone number")
struct TelephoneLineTests {
  @Test("a line of fields whose last field is a telephone number")
  func lines() {
    for line in [
      "投资咨询：乙县投资促进中心　联系电话：0000-7654321", "咨询单位:丙区商务局;电话:0571-12345678",
      "受理窗口:丁市政务服务中心三楼  咨询电话:(0000)8765432",
    ] {
      #expect(LetterClosings.isContactLine(line), "\(line)")
    }
  }

  @Test("a task naming a hotline, or a number that is no telephone, is no such line")
  func notLines() {
    for line in [
      "开通企业服务热线,电话:12345,24小时受理企业诉求。", "服务电话:123",
      "建立企业诉求直通机制。开通服务专线,专线电话:0000-1234567,限时办结。",
    ] {
      #expect(!LetterClosings.isContactLine(line), "\(line)")
    }
  }

  @Test("after a project's paragraph, the line is no second measure")
  func drafted() {
    let plan = draft([
      "乙县重点招商项目推介", "一、重点招商项目", "1.年产5万吨特种纸项目。建设特种纸生产线及配套设施,总投资约8亿元。",
      "投资咨询：乙县投资促进中心　联系电话：0000-7654321",
    ])
    #expect(plan.measures.count == 1)
  }
}
