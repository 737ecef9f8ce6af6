import PlanModel
import Testing

@testable import PlanImport

/// Families met in the eleventh held-out set, on other invented passages.
@Suite("Extraction: families from the eleventh held-out set")
struct EleventhSetFamilyTests {
  static func measuresDocument(_ title: String, body: [String]) -> Plan {
    draft(
      [
        "丙州市人民政府办公室关于印发\(title)的通知", "丙政办发〔2027〕3号", "丙州市人民政府办公室", "2027年3月2日", title,
        "一、稳定工业生产",
      ] + body)
  }

  @Test(
    "measures for the year they are issued in, their title naming no year, set their figures for it",
    arguments: ["丙州市推动工业经济稳增长若干措施", "丙州市促进制造业平稳运行的若干举措"])
  func undatedOneYearMeasures(title: String) {
    let plan = Self.measuresDocument(
      title,
      body: [
        "1.抓好项目开工。全年新开工亿元以上工业项目90个,其中一季度不少于30个。",
        "2.扩大技改投资。全年实施技改项目200个,技改投资增长12%以上。",
        "3.培育升规企业。上半年新增规上工业企业40家,全年新增100家以上。",
        "4.保障要素供给。6月底前完成年度用地计划编制,新建标准厂房50万平方米。",
      ])
    for value in [90.0, 200, 12, 50] {
      #expect(draftedFigures(plan).contains { $0.value == value && $0.year == 2027 }, "\(value)")
    }
    #expect(plan.document.horizon.start == 2027 && plan.document.horizon.end == 2027)
  }

  @Test(
    "a title naming no year, a body naming a later year or few stretches of the year: no one-year plan"
  )
  func notOneYear() {
    let later = Self.measuresDocument(
      "丙州市推动工业经济稳增长若干措施",
      body: [
        "1.抓好项目开工。全年新开工亿元以上工业项目90个。", "2.扩大技改投资。全年实施技改项目200个。",
        "3.培育升规企业。上半年新增规上工业企业40家,到2029年规上工业企业达到900家。",
      ])
    #expect(
      OneYearPlan.year(undatedTitle: "丙州市推动工业经济稳增长若干措施", body: ["全年新开工项目90个。"], issued: 2027) == nil
    )
    #expect(later.document.horizon.start != 2027 || later.document.horizon.end != 2027)
    #expect(
      OneYearPlan.year(
        undatedTitle: "丙州市制造业发展三年行动方案", body: Array(repeating: "全年新开工项目90个。", count: 4),
        issued: 2027) == nil)
  }

  @Test("a report's or speech's date under its title is its date; other dashes and dates are not")
  func deliveredDate() {
    let date = IssueDates.delivered("——2025年3月18日在丁州市人民代表大会常务委员会第二十次会议上")
    #expect(date == PlanDate(year: 2025, month: 3, day: 18))
    #expect(IssueDates.delivered("—2025年3月18日在全市工业大会上的讲话") != nil)
    #expect(IssueDates.delivered("2025年3月18日在全市工业大会上") == nil)
    #expect(IssueDates.delivered("——到2025年3月18日完成") == nil)
  }

  @Test("places listed before one government share it; other lists stay as they are")
  func sharedGovernment() {
    #expect(UnitNotes.splitUnits("戊州市、己原市人民政府") == ["戊州市人民政府", "己原市人民政府"])
    #expect(
      UnitNotes.splitUnits("省工业和信息化厅,甲川市、乙山县、丙江区人民政府")
        == ["省工业和信息化厅", "甲川市人民政府", "乙山县人民政府", "丙江区人民政府"])
    #expect(UnitNotes.splitUnits("市财政局、县财政局") == ["市财政局", "县财政局"])
    #expect(UnitNotes.splitUnits("戊州市、己原市财政局") == ["戊州市", "己原市财政局"])
    #expect(UnitNotes.splitUnits("各县(市、区)人民政府") == ["各县(市、区)人民政府"])
  }

  @Test(
    "a heading that is only a cluster's name gives its paragraph's 集群 output as its scale",
    arguments: ["营业收入突破800亿元", "产值达到800亿元"])
  func clusterHeading(output: String) {
    let plan = draft([
      "戊省智能装备产业发展行动计划(2026—2028年)", "一、打造重点产业集群", "(一)精密机床产业集群",
      "以甲市为核心,做强整机制造,到2028年,集群\(output)。", "(二)医疗器械产业集群",
      "以乙市为核心,推动高值耗材发展。", "二、保障措施", "(一)加强组织领导。建立工作机制。",
    ])
    let cluster = plan.clusters.first { $0.name.hasPrefix("精密机床") }
    #expect(cluster?.scale?.value == 800 && cluster?.scale?.year == 2028)
    #expect(!plan.targets.contains { $0.goal.target?.value == 800 })
    #expect(TextReading.clusterHeadingName("精密机床产业集群") == "精密机床")
    #expect(TextReading.clusterHeadingName("做大做强主导产业集群") == nil)
    #expect(TextReading.clusterHeadingName("精密机床产业") == nil)
  }
}
