import PlanModel
import Testing

@testable import PlanImport

/// How the twenty-fourth held-out set's zone writes its document fields — a party committee's
/// prefix on the zone's issuer, a place the plan works in — on other invented passages.
@Suite("Extraction: document fields from the twenty-second to twenty-fourth held-out sets")
struct TwentySecondSetFieldTests {
  @Test("a zone's party committee issuing with its administration names the zone without 中共")
  func partyPrefix() {
    #expect(ZoneNames.zone(atStartOf: "中共甲乙高新技术产业开发区工作委员会") == "甲乙高新技术产业开发区")
    #expect(ZoneNames.zone(atStartOf: "甲乙经济开发区管理委员会") == "甲乙经济开发区")
    let guess = RegionGuess(
      header: ["中共丙丁经济开发区工作委员会　丙丁经济开发区管理委员会", "关于印发《丙丁经济开发区招商引资三年行动方案》的通知"],
      text: "推动开发区高质量发展。")
    #expect(guess?.name == "丙丁经济开发区")
  }

  @Test("a province or municipality the plan works in is not its province")
  func workPlaces() {
    #expect(ProvinceNames.mostMentioned(in: "瞄准重点区域,在北京、广州设立招商小分队，开展驻点招商。") == nil)
    #expect(ProvinceNames.mostMentioned(in: "组织企业赴上海、杭州参加展会。") == nil)
    // The text as the reader gives it: full-width punctuation folded (`,`). The plan's own
    // province, its organs after it, counts.
    #expect(ProvinceNames.mostMentioned(in: "在江西省委、省政府的坚强领导下,全市工业稳步增长。") == "江西省")
    #expect(ProvinceNames.mostMentioned(in: "打造江西重要的新材料产业基地。") == "江西省")
  }
}
