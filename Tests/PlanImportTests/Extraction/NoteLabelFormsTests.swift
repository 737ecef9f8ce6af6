import PlanModel
import Testing

@testable import PlanImport

/// A unit note's labels in square brackets without a colon (`【牵头单位】A`) or followed by `为`.
@Suite("Extraction: the other ways a note writes its labels")
struct NoteLabelFormsTests {
  @Test("a label in square brackets or followed by 为 is read as the label and its colon")
  func forms() {
    expectUnitNotes([
      ("推进园区扩容。新建标准厂房20万平方米。【牵头单位】乙县园区管委会【协同单位】乙县住建局、乙县自然资源局", ["乙县园区管委会"], ["乙县住建局", "乙县自然资源局"]),
      ("建设人才公寓。[牵头部门]丙区住建局;[配合部门]丙区人社局", ["丙区住建局"], ["丙区人社局"]),
      ("开展质量提升行动。(牵头单位为丁市市场监管局,配合单位为丁市工信局、丁市商务局)", ["丁市市场监管局"], ["丁市工信局", "丁市商务局"]),
      ("实施技改奖补。〔牵头单位:戊县工信局;责任单位:戊县财政局〕", ["戊县工信局"], ["戊县财政局"]),
    ])
  }

  @Test("a label inside a sentence, or a bracket holding more than a label, keeps its words")
  func notForms() {
    #expect(NoteLabelForms.normalized("明确牵头单位为各产业链专班。") == "明确牵头单位为各产业链专班。")
    #expect(NoteLabelForms.normalized("【牵头单位名单】见附件") == "【牵头单位名单】见附件")
    #expect(NoteLabelForms.normalized("目标值[14]为五年累计") == "目标值[14]为五年累计")
    expectUnitNotes([("建立联席会议制度,明确牵头单位为县发改局。", [], [])])
  }
}
