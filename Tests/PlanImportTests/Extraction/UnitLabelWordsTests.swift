import PlanModel
import Testing

@testable import PlanImport

/// The words offices use in a note for the lead and for the units working with it, beyond
/// `牵头单位` and `责任单位` — on invented notes.
@Suite("Extraction: the labels of a unit note")
struct UnitLabelWordsTests {
  @Test("the units working with the lead, under each word offices use for them")
  func partnerLabels() {
    expectUnitNotes([
      ("推进节水改造。支持企业改造冷却系统。(牵头单位:乙县水利局;协同单位:乙县工信局、乙县财政局)", ["乙县水利局"], ["乙县工信局", "乙县财政局"]),
      ("建设孵化基地。(牵头部门:丙区科技局,协作部门:丙区人社局)", ["丙区科技局"], ["丙区人社局"]),
      ("推行首席质量官制度。(主责单位:丁市市场监管局;参与部门:丁市工信局、丁市商务局)", ["丁市市场监管局"], ["丁市工信局", "丁市商务局"]),
      ("开展节能诊断。(牵头科室:节能科;协同科室:规划科、运行科)", ["节能科"], ["规划科", "运行科"]),
      ("推动企业上云。(牵头:戊县数据局;协同:戊县工信局)", ["戊县数据局"], ["戊县工信局"]),
      ("建设物流园。(主要责任单位:己县商务局;配合单位:己县交通局)", ["己县商务局"], ["己县交通局"]),
    ])
  }

  @Test(
    "a line after the task with such labels gives the task its units; a line of posts gives none")
  func noteLineUnderTask() {
    let plan = draft([
      "甲县制造业发展规划", "四、重点任务", "(一)招大引强", "1.强化精准招商。编制产业链招商图谱,开展驻点招商。",
      "牵头单位:甲县投资促进中心;协同单位:甲县工信局、甲县商务局", "2.推进项目建设。实行重大项目专班推进。",
      "牵头单位:甲县发改局;协作单位:甲县自然资源局",
    ])
    let units = plan.measures.map { [$0.leadUnits, $0.responsibleUnits] }
    #expect(plan.measures.map(\.title) == ["强化精准招商", "推进项目建设"])
    #expect(units == [[["甲县投资促进中心"], ["甲县工信局", "甲县商务局"]], [["甲县发改局"], ["甲县自然资源局"]]])
  }

  @Test("a note's other punctuation: names parted by /, a 。 inside the brackets, 责任主体")
  func punctuation() {
    expectUnitNotes([
      ("开展质量品牌提升。(牵头单位:庚县市场监管局/庚县工信局)", ["庚县市场监管局", "庚县工信局"], []),
      ("建设检测中心。(牵头单位:辛县科技局。协同单位:辛县财政局)", ["辛县科技局"], ["辛县财政局"]),
      ("推进园区循环化改造。(责任主体:壬县园区管委会、壬县生态环境局)", [], ["壬县园区管委会", "壬县生态环境局"]),
    ])
  }

  @Test("a word of working together in a sentence is no label")
  func notLabels() {
    expectUnitNotes([
      ("加强部门协同。建立协同机制,定期会商。", [], []),
      ("深化产学研协同:支持企业与高校共建平台。", [], []),
    ])
  }
}
