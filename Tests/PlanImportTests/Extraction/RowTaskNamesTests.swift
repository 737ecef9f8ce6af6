import PlanModel
import Testing

@testable import PlanImport

/// A 任务分工表 row naming its task in other words than the text's title.
@Suite("Extraction: a task table's row naming its task in other words")
struct RowTaskNamesTests {
  static func measure(_ title: String, units: UnitNotes = UnitNotes()) -> DraftMeasure {
    DraftMeasure(
      paragraph: 0, headingKey: title, title: title, text: title, position: nil, units: units,
      due: nil, titledByLeadPhrase: false)
  }

  @Test("the measure sharing most of the row's name, alone")
  func matched() {
    let measures = ["做强新能源电池产业链", "实施企业技术改造", "推进园区扩容提质"].map { Self.measure($0) }
    #expect(RowTaskNames.measure(named: "新能源电池产业链", in: measures) == 0)
    #expect(RowTaskNames.measure(named: "开展企业技术改造", in: measures) == 1)
    #expect(RowTaskNames.measure(named: "园区扩容提质行动", in: measures) == 2)
  }

  @Test("no measure when the words shared are few, tied between two, or the measure has units")
  func notMatched() {
    let measures = ["培育专精特新企业", "培育单项冠军企业", "加强人才支撑"].map { Self.measure($0) }
    #expect(RowTaskNames.measure(named: "培育优质企业", in: measures) == nil)
    #expect(RowTaskNames.measure(named: "强化要素保障", in: measures) == nil)
    #expect(RowTaskNames.measure(named: "加强高技能人才培养", in: measures) == nil)
    let united = [Self.measure("实施企业技术改造", units: UnitNotes(lead: ["甲局"], responsible: []))]
    #expect(RowTaskNames.measure(named: "开展企业技术改造", in: united) == nil)
  }

  @Test("an annex table's row gives its units to the task it names in other words")
  func drafted() {
    let plan = PlanDrafter().draft(
      DocumentText(
        blocks: [
          .paragraph("乙县工业经济工作要点"), .paragraph("一、重点任务"),
          .paragraph("(一)开展招商引资攻坚。全年引进亿元以上项目20个。"),
          .paragraph("(二)推进企业技术改造。实施技改项目50个。"), .paragraph("附件:重点任务分解表"),
          .table(
            DocumentTable(rows: [
              ["序号", "任务", "牵头单位", "协同单位", "完成时限"], ["1", "招商引资攻坚", "县投资促进中心", "县工信局", "2027年12月"],
              ["2", "企业技术改造提升", "县工信局", "县财政局", "2027年12月"],
            ])),
        ], kind: .text))
    #expect(plan.measures.map(\.title) == ["开展招商引资攻坚", "推进企业技术改造"])
    #expect(plan.measures.map(\.leadUnits) == [["县投资促进中心"], ["县工信局"]])
    #expect(plan.measures.map(\.responsibleUnits) == [["县工信局"], ["县财政局"]])
  }
}
