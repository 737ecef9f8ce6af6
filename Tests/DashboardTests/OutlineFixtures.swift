import Dashboard
import PlanModel

/// 合川's fixture plan with an outline built in Swift: three chapters — one with nothing
/// under it (发展基础), one holding the targets, one with two sections holding the measures,
/// clusters, the ladder and the indicators — and one measure before the first heading.
enum OutlineFixtures {
  static let outline: [OutlineHeading] = [
    OutlineHeading(key: "一", number: "一、", title: "发展基础", level: 1),
    OutlineHeading(key: "二", number: "二、", title: "总体要求", level: 1),
    OutlineHeading(key: "三", number: "三、", title: "深入实施制造业高质量发展专项行动", level: 1),
    OutlineHeading(
      key: "三(一)", number: "(一)", title: "实施科技创新产业创新贯通行动", level: 2, parent: "三"),
    OutlineHeading(
      key: "三(二)", number: "(二)", title: "实施产业集群培育行动", level: 2, parent: "三"),
  ]

  /// Where each item is written: its heading's key.
  static let headings: [String: String] = [
    "hechuan.target.industrial-revenue": "二", "hechuan.target.listed": "二",
    "hechuan.measure.auto-chain": "三(一)", "hechuan.measure.land": "三(二)",
    "hechuan.measure.chapter": "三", "hechuan.measure.talent": "三(一)",
    "hechuan.cluster.auto-parts": "三(一)", "hechuan.cluster.biomed": "三(二)",
    "hechuan.ladder.smes": "三(二)", "hechuan.indicator.revenue-per-mu": "三(二)",
  ]

  static let plan: Plan = {
    var plan = Fixtures.hechuan
    plan.outline = outline
    var measures = plan.measures
    measures.insert(
      Measure(
        id: "hechuan.measure.chapter", section: "三", title: "统筹推进专项行动", text: "统筹推进。",
        leadUnits: ["区政府办公室"], due: 2023, source: SourceRef(section: "三")), at: 2)
    measures.append(
      Measure(
        id: "hechuan.measure.talent", section: "三(一)", title: "引育科技人才", text: "引育科技人才。",
        leadUnits: ["区科技局"], source: SourceRef(section: "三(一)")))
    plan.measures = measures.map { placed($0) }
    plan.targets = plan.targets.map { placed($0) }
    plan.clusters = plan.clusters.map { placed($0) }
    plan.ladders = plan.ladders.map { placed($0) }
    plan.indicators = plan.indicators.map { placed($0) }
    return plan
  }()

  static let catalog = Catalog(plans: [Fixtures.bazhong, plan])

  /// The measures as the outline lists them.
  static let measureOrder = [
    "hechuan.measure.escape", "hechuan.measure.chapter", "hechuan.measure.auto-chain",
    "hechuan.measure.talent", "hechuan.measure.land",
  ]

  static func engine(language: Language = .zh, width: Int = 160, height: Int = 48)
    -> (DashboardEngine, InMemoryProgressBackend)
  {
    Fixtures.engine(
      catalog: catalog,
      options: DashboardOptions(language: language, regionID: "hechuan", focus: .measures),
      width: width, height: height)
  }

  static func headingID(_ key: String) -> String { "§hechuan§" + key }

  private static func placed<T>(_ item: T) -> T where T: HasSource {
    var item = item
    item.source.heading = headings[item.id]
    return item
  }
}

/// An item written under a heading of the plan.
protocol HasSource {
  var id: String { get }
  var source: SourceRef { get set }
}

extension Measure: HasSource {}
extension Target: HasSource {}
extension Cluster: HasSource {}
extension Ladder: HasSource {}
extension Indicator: HasSource {}
