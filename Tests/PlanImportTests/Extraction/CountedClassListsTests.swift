import PlanModel
import Testing

@testable import PlanImport

/// A list closed by a count of directions or classes (`A、B、C三个方向`, `A、B、C三类X`) names
/// the parts of the industry its paragraph develops; ways of changing (`高端化`) are none.
@Suite("Extraction: parts counted as directions or classes")
struct CountedClassListsTests {
  func parts(_ paragraph: String) -> [String] {
    let plan = draft(["辛县新材料产业发展行动方案(2026—2028年)", "一、重点任务", "(一)壮大特色产业", paragraph])
    return plan.clusters.filter { $0.parent != nil }.map(\.name)
  }

  @Test("a run-in heading developing an industry, and a count of directions")
  func directions() {
    #expect(
      parts("3.做强新型显示产业。围绕柔性面板、驱动芯片、光学膜材三个方向,推动企业开展关键工艺攻关。")
        == ["柔性面板", "驱动芯片", "光学膜材"])
    #expect(
      parts("2.壮大储能电池产业。重点围绕电芯制造、电池管理系统和储能集成3个方向,引进一批配套企业。")
        == ["电芯制造", "电池管理系统", "储能集成"])
  }

  @Test("a count of classes, whatever noun follows it")
  func classes() {
    #expect(
      parts("5.做强智能终端产业。聚焦可穿戴设备、智能家居、车载终端三类产品,支持本地企业开发整机。")
        == ["可穿戴设备", "智能家居", "车载终端"])
    #expect(
      parts("4.发展工业软件产业。聚焦研发设计、生产控制、经营管理3类工业软件,培育一批解决方案供应商。")
        == ["研发设计", "生产控制", "经营管理"])
  }

  @Test("no parts from ways of changing, from 各类, or from a name holding 类")
  func notParts() {
    #expect(parts("6.提升纺织产业。围绕高端化、智能化、绿色化三个方向,推动传统企业技术改造。").isEmpty)
    #expect(parts("7.做优食品产业。支持各类企业开发新品,鼓励企业参加展会、论坛、洽谈会。").isEmpty)
    #expect(parts("8.做强电子信息产业。推动人工智能、类脑计算等前沿技术研发,引进研发机构。").isEmpty)
  }

  @Test("a run-in heading that is only an industry's name develops that industry")
  func bareIndustryHeading() {
    let plan = draft([
      "辛县新材料产业发展行动方案(2026—2028年)", "一、重点任务", "(一)推进重点产业发展",
      "3.新型显示产业。围绕柔性面板、驱动芯片、光学膜材三个方向,推动企业开展关键工艺攻关。",
      "4.储能电池产业。重点围绕电芯制造、电池管理系统和储能集成三大领域,引进一批配套企业。",
    ])
    let parents = Dictionary(
      plan.clusters.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    let parts = plan.clusters.filter { $0.parent != nil }
    #expect(parts.map(\.name) == ["柔性面板", "驱动芯片", "光学膜材", "电芯制造", "电池管理系统", "储能集成"])
    #expect(Set(parts.compactMap { $0.parent.flatMap { parents[$0] } }) == ["新型显示", "储能电池"])
  }

  @Test("a heading's verb phrase or tier names no industry")
  func verbHeading() {
    let plan = draft([
      "辛县新材料产业发展行动方案(2026—2028年)", "一、重点任务", "(一)推进重点产业发展",
      "1.巩固提升支柱产业。围绕化工材料、建筑材料、金属材料三大领域,推动企业技术改造。",
    ])
    #expect(!plan.clusters.contains { ["巩固提升", "巩固提升支柱", "支柱"].contains($0.name) })
  }
}
