import PlanModel
import Testing

@testable import PlanImport

/// How the eighteenth held-out set's plans give a cluster's scale by its class — the name
/// before the class, the class in words with a digit of its own, a count sharing it — on
/// other invented passages.
@Suite("Extraction: cluster classes from the eighteenth held-out set")
struct EighteenthSetClusterTests {
  static func scales(_ plan: Plan) -> [String: Double?] {
    Dictionary(
      plan.clusters.map { (DraftCluster.matchName($0.name), $0.scale?.threshold) },
      uniquingKeysWith: { first, _ in first })
  }

  @Test("a class in words with its digit is read at its value")
  func classValues() {
    let marks = ClassNamedClusters.marks(in: "建成两个三百亿级集群和一个千亿级集群"[...])
    #expect(Set(marks.map(\.value)) == [300, 1000])
    #expect(ClassNamedClusters.marks(in: "形成5千亿级规模"[...]).isEmpty)
  }

  @Test("the name before its class, back to the verb or the list's joint")
  func namesBeforeClass() {
    let clause = "壮大精细化工及新材料千亿级产业集群"[...]
    let start = ClassNamedClusters.marks(in: clause)[0].start
    #expect(ClassNamedClusters.name(in: clause, before: start) == "精细化工及新材料")
    let counted = "食品饮料、家居建材两个三百亿级产业集群"[...]
    let countStart = ClassNamedClusters.marks(in: counted)[0].start
    #expect(ClassNamedClusters.name(in: counted, before: countStart) == nil)
    let verbOnly = "打造千亿级产业集群"[...]
    #expect(
      ClassNamedClusters.name(
        in: verbOnly, before: verbOnly.index(verbOnly.startIndex, offsetBy: 2)) == nil)
  }

  @Test("clusters named before their classes, a count sharing one, each at its scale")
  func draftedClassClusters() {
    let plan = draft([
      "丁江市制造业集群培育行动方案(2026—2028年)", "一、主要任务",
      "1．培育优势集群。到2028年,建成精细化工及新材料千亿级产业集群,食品饮料、家居建材两个三百亿级产业集群和智能家电二百亿级产业集群。（责任单位：市工信局）",
    ])
    let scales = Self.scales(plan)
    #expect(scales["精细化工及新材料"] == 1000)
    #expect(scales["食品饮料"] == 300)
    #expect(scales["家居建材"] == 300)
    #expect(scales["智能家电"] == 200)
  }

  @Test(
    "a figure of the class's own order elsewhere is the scale; a verb before the class names none")
  func classGivesWayToFigure() {
    #expect(ClassNamedClusters.isOfClass(130, rank: 100))
    #expect(!ClassNamedClusters.isOfClass(1200, rank: 100))
    #expect(!ClassNamedClusters.isOfClass(80, rank: 100))
    let plan = draft([
      "戊川县食品产业发展规划(2026—2030年)", "一、发展目标",
      "到2030年,力争打造肉制品加工百亿级产业集群。", "二、重点任务",
      "1．做强肉制品加工产业。支持龙头企业扩能,到2030年,肉制品加工产值达到130亿元。（责任单位：县工信局）",
    ])
    #expect(Self.scales(plan)["肉制品加工"] == 130)
    let clause = "饮料产业打造成为200亿级产业集群"[...]
    let marks = ClusterPatterns.scaleSpans(in: clause)
    #expect(marks.count == 1)
    #expect(marks.first.flatMap { ClassNamedClusters.name(in: clause, before: $0.start) } == nil)
  }
}
