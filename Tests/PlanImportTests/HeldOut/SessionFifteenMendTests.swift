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

extension SessionFifteenMendTests {
  @Test("an annual rate with no year in a task is due the plan's last year")
  func undatedAnnualRate() {
    let plan = draft([
      "青梧县制造业提质增效三年行动方案(2026—2028年)",
      "一、重点任务",
      "(一)推进技术改造。每年实施技改项目20个以上,技改投资年均增长12%。",
      "(二)强化金融服务。引导银行扩大中长期贷款投放,力争制造业贷款余额年均增长15%以上。",
      "(三)扩大有效投资。年均实施亿元以上工业项目30个。",
    ])
    let figures = draftedFigures(plan)
    #expect(figures.contains { $0.value == 12 && $0.unit == "%" && $0.year == 2028 })
    #expect(figures.contains { $0.value == 15 && $0.unit == "%" && $0.year == 2028 })
    // A yearly count stays each year's; a yearly figure keeps no year.
    #expect(figures.contains { $0.value == 30 && $0.year == nil })
    #expect(figures.contains { $0.value == 20 && $0.year == nil })
  }

  @Test("a rate of the starting situation takes no plan year")
  func startingRateKeepsItsYear() {
    #expect(
      !AnnualRateYears.isUndatedRate(
        before: "工业投资年均增长",
        context: SentenceContext(year: nil, yearMark: .noYear, isStartingSituation: true)))
    #expect(
      !AnnualRateYears.isUndatedRate(
        before: "每年技改投资年均增长", context: SentenceContext(year: nil, yearMark: .noYear)))
    #expect(
      AnnualRateYears.isUndatedRate(
        before: "技改投资年均增长", context: SentenceContext(year: nil, yearMark: .noYear)))
    #expect(
      !AnnualRateYears.isUndatedRate(
        before: "技改投资年均增长", context: SentenceContext(year: 2027, yearMark: nil)))
  }

  @Test("a rate already run is no goal of the plan's last year")
  func rateAlreadyRun() {
    let plan = draft([
      "青梧县新材料产业发展行动方案(2026—2028年)",
      "一、发展基础",
      "目前,全县新材料产业营业收入年均增长15%,位居全省前列。",
      "二、重点任务",
      "(一)扩大有效投资。近年来工业投资保持年均增长10%的良好态势,新建标准厂房20万平方米。",
    ])
    #expect(!draftedFigures(plan).contains { $0.value == 15 && $0.year == 2028 })
    #expect(!draftedFigures(plan).contains { $0.value == 10 && $0.year == 2028 })
  }

  @Test("a bare output under a cluster's sub-item is no scale of the cluster")
  func bareOutputUnderASubItem() {
    let plan = draft([
      "青梧市智能家电产业集群发展行动方案(2026—2028年)",
      "一、重点产业",
      "(一)智能家电产业集群(主导)",
      "1.整机制造。到2028年,产值达到300亿元。",
      "2.核心部件。到2028年,产值达到200亿元。",
    ])
    let cluster = plan.clusters.first { $0.name == "智能家电" }
    #expect(cluster?.scale?.value != 300)
  }

  @Test("a table row after a cluster's parts that does not fit under it is no part")
  func tableRowAfterParts() {
    let table = DocumentTable(rows: [
      ["产业", "2025年", "2028年"], ["智能传感", "120", "200"], ["其中:MEMS芯片", "40", "80"],
      ["压力传感器", "30", "50"], ["文化旅游", "100", "260"], ["工业软件", "60", "90"],
    ])
    let parts = TableClusterParts.parts(
      of: table, names: ["智能传感", "工业软件"].map(DraftCluster.matchName))
    #expect(parts.map(\.part) == ["MEMS芯片", "压力传感器"])
    #expect(TableClusterParts.fitsUnder(["激光", "95", "170"], ["光电子信息", "420", "720"]))
    #expect(!TableClusterParts.fitsUnder(["文化旅游", "100", "260"], ["智能传感", "120", "200"]))
    #expect(TableClusterParts.totalWords.contains("全省"))
  }
}
