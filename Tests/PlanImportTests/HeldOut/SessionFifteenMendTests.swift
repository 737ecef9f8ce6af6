import Testing

@testable import PlanImport

/// Mends of session 15 to rules an earlier review left with known faults.
@Suite("session 15 mends")
struct SessionFifteenMendTests {
  @Test("a cell that equals the next row's number stays in its row")
  func cellEqualToTheNextNumber() {
    let lines = [
      "序号", "重点任务", "目标数量", "牵头单位", "1", "实施技改项目", "2", "市工信局", "2", "建设智能工厂", "5",
      "市发改委",
    ]
    let table = CellLineTable.table(lines, from: 0)
    #expect(table?.0.rows.count == 3)
    #expect(table?.0.rows[1] == ["1", "实施技改项目", "2", "市工信局"])
    #expect(table?.0.rows[2] == ["2", "建设智能工厂", "5", "市发改委"])
  }

  @Test("a row short of a merged cell still ends at the next number")
  func shortRowStillEnds() {
    let lines = [
      "序号", "任务类别", "重点任务", "牵头单位", "1", "产业升级", "建设智能工厂", "市工信局",
      "2", "培育链主企业", "市发改委", "3", "招商引资", "引进龙头项目", "市商务局",
    ]
    let table = CellLineTable.table(lines, from: 0)
    #expect(table?.0.rows.count == 4)
    #expect(table?.0.rows[2] == ["2", "产业升级", "培育链主企业", "市发改委"])
    #expect(table?.0.rows[3] == ["3", "招商引资", "引进龙头项目", "市商务局"])
  }

  @Test("a change from a start is found at any 由, not only the first")
  func changeAtALaterLead() {
    #expect(ChangeStartYears.startsFromChange("由企业自主申报,规上企业由186家增加到260家"))
    #expect(ChangeStartYears.startsFromChange("从严审核,产值从120亿元提高到200亿元"))
    #expect(!ChangeStartYears.startsFromChange("由龙头企业牵头,由配套企业跟进"))
    #expect(!ChangeStartYears.startsFromChange("规上企业增加到260家,由"))
  }
}
