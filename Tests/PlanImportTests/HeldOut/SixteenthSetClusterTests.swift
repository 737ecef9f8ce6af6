import PlanModel
import Testing

@testable import PlanImport

/// The sixteenth held-out set's class of clusters that real plans share — a second tier list
/// joined after a first (`A、B三大主导产业和C特色产业`), in a plan on another subject — on other
/// invented passages.
@Suite("Extraction: clusters of the sixteenth held-out set")
struct SixteenthSetClusterTests {
  @Test("a tier list joined after another keeps its own tier")
  func joinedTierList() {
    let plan = draft([
      "戊原县知识产权强县建设三年行动方案(2026—2028年)", "一、重点任务", "(一)服务重点产业",
      "围绕纺织服装、食品加工两大主导产业和电子元件特色产业,建设专利导航服务基地。",
    ])
    let tiers = Dictionary(
      plan.clusters.map { ($0.name, $0.tier ?? "") }, uniquingKeysWith: { first, _ in first })
    #expect(tiers["纺织服装"] == "主导")
    #expect(tiers["食品加工"] == "主导")
    #expect(tiers["电子元件"] == "特色")
  }

  @Test("the joined list: one name, or names closed by a count or 等")
  func joinedLists() {
    let single = JoinedTierLists.list(after: "和电子元件特色产业"[...])
    #expect(single?.names == ["电子元件"])
    #expect(single?.tier == "特色")
    let counted = JoinedTierLists.list(after: "及生物医药、新材料两大新兴产业"[...])
    #expect(counted?.names == ["生物医药", "新材料"])
    #expect(counted?.tier == "新兴")
    // No tier after the joint, or a list with neither count nor 等: no second list.
    #expect(JoinedTierLists.list(after: "和配套企业"[...]) == nil)
    #expect(JoinedTierLists.list(after: "和生物医药、新材料新兴产业"[...]) == nil)
    #expect(JoinedTierLists.list(after: "发展"[...]) == nil)
  }
}
