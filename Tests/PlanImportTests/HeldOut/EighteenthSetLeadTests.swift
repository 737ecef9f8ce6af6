import PlanModel
import Testing

@testable import PlanImport

/// How the eighteenth held-out set's plans name a measure's lead — the unit charged first in a
/// note written as a clause, before the units that work with it — on other invented passages.
@Suite("Extraction: leads from the eighteenth held-out set")
struct EighteenthSetLeadTests {
  /// Full-width notes are folded when a document is read: `draftedMeasure` drafts one.
  @Test("a unit charged before its partners leads them, in every wording")
  func chargedBeforePartners() {
    expectUnitNotes([
      ("完善服务体系。(区商务局负责,区财政局、区税务局配合)", ["区商务局"], ["区财政局", "区税务局"]),
      ("完善服务体系。(区商务局主责,区统计局参与)", ["区商务局"], ["区统计局"]),
      ("完善服务体系。(区商务局主责)", ["区商务局"], []),
      ("完善服务体系。(区商务局牵头负责,区统计局协同)", ["区商务局"], ["区统计局"]),
      ("完善服务体系。(区商务局负责;区统计局、区人社局按职责分工负责)", ["区商务局"], ["区统计局", "区人社局"]),
      ("完善服务体系。此项工作由镇政府负责,镇农业站参与。", ["镇政府"], ["镇农业站"]),
      ("完善服务体系。区商务局负责,区统计局配合。", ["区商务局"], ["区统计局"]),
    ])
  }

  @Test("units charged together, alone or as a collective, lead no one")
  func chargedTogether() {
    expectUnitNotes([
      ("完善服务体系。(区商务局负责)", [], ["区商务局"]),
      ("完善服务体系。(区商务局、区统计局按职责分工负责,区财政局配合)", [], ["区商务局", "区统计局", "区财政局"]),
      ("完善服务体系。(区商务局、区统计局共同负责,区财政局参与)", [], ["区商务局", "区统计局", "区财政局"]),
      ("完善服务体系。(各街道办事处负责,区商务局配合)", [], ["各街道办事处", "区商务局"]),
    ])
    #expect(!ChargedLeads.leads("各镇人民政府负责"))
    #expect(!ChargedLeads.leads("区商务局分工负责"))
    #expect(ChargedLeads.leads("区商务局具体负责"))
  }

  @Test("a measure drafted from a note of a charged unit and its partners")
  func draftedMeasure() {
    let plan = draft([
      "丙山区服务业提质行动计划(2026—2028年)", "一、重点行动",
      "1．壮大商贸主体。每年新增限上商贸企业30家以上。（区商务局负责，区市场监管局、区统计局配合）",
    ])
    let measure = plan.measures.first { $0.title.contains("壮大商贸主体") }
    #expect(measure?.leadUnits == ["区商务局"])
    #expect(measure?.responsibleUnits == ["区市场监管局", "区统计局"])
  }
}
