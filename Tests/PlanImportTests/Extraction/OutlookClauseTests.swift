import PlanModel
import Testing

@testable import PlanImport

/// A figure is put beyond the plan's years by 展望/远景 in its own sentence, not by one of an
/// earlier sentence of its paragraph — invented passages.
@Suite("Extraction: an outlook's words reach their own sentence")
struct OutlookClauseTests {
  private func scales(_ plan: Plan) -> [String: Double] {
    Dictionary(
      plan.clusters.compactMap { cluster in cluster.scale?.threshold.map { (cluster.name, $0) } },
      uniquingKeysWith: { first, _ in first })
  }

  @Test("远景 in an earlier sentence leaves the plan's own goal a scale")
  func earlierSentence() {
    let plan = draft([
      "潮汐区新材料产业发展行动方案(2026—2028年)",
      "一、主要目标",
      "2026年,先进陶瓷产业营业收入达到150亿元。",
      "对标2035年远景目标,补齐产业链短板。到2028年,先进陶瓷产业营业收入达到220亿元。",
    ])
    #expect(scales(plan)["先进陶瓷"] == 220)
  }

  @Test("展望 opening the figure's own sentence still puts it beyond the plan")
  func ownSentence() {
    let plan = draft([
      "潮汐区新材料产业发展行动方案(2026—2028年)",
      "一、主要目标",
      "到2028年,先进陶瓷产业营业收入达到220亿元。在此基础上,对更长时期作出展望:到2035年,先进陶瓷产业营业收入达到600亿元。",
    ])
    #expect(scales(plan)["先进陶瓷"] == 220)
  }
}
