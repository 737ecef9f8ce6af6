import PlanModel
import Testing

@testable import PlanImport

/// How the twentieth and twenty-first held-out sets' plans name their clusters — products and
/// examples listed with `等`, directions of an upgrade, a count word, scales by `各`, an industry
/// named only by its item's title, a cluster's figure beside its class — on other invented
/// passages.
@Suite("Extraction: clusters from the twentieth and twenty-first held-out sets")
struct TwentiethSetClusterTests {
  static func clusters(_ plan: Plan) -> [(name: String, scale: Double?)] {
    plan.clusters.map { ($0.name, $0.scale?.threshold) }
  }

  static func names(_ plan: Plan) -> Set<String> {
    Set(plan.clusters.map { DraftCluster.matchName($0.name) })
  }

  @Test("examples of projects or of a class of products a task lists with 等 are no parts")
  func examplesWithEtc() {
    #expect(ClusterAttractLists.parts(in: "重点引进光学镜头、传感模组、精密模具等项目").isEmpty)
    #expect(ClusterAttractLists.parts(in: "补齐轴承、齿轮、密封件等核心基础件短板").isEmpty)
    // The directions to attract, and the gaps to fill, are still read.
    #expect(ClusterAttractLists.parts(in: "重点引进光学镜头、传感模组项目") == ["光学镜头", "传感模组"])
    #expect(ClusterAttractLists.parts(in: "加快补齐轴承、齿轮等短板环节") == ["轴承", "齿轮"])
    #expect(
      AttractListExamples.namesExamples(
        "甲、乙等", etc: "甲、乙等".range(of: "等")!, closing: "项目"))
  }

  @Test(
    "a list closing on products is no parts; kinds of the industry's product are (convention A)")
  func productKinds() {
    #expect(ProductKinds.areProducts(["建筑玻璃", "光伏玻璃", "电子玻璃"], of: "玻璃新材料"))
    #expect(ProductKinds.areProducts(["果汁饮料", "功能饮品", "特色休闲产品"], of: nil))
    #expect(!ProductKinds.areProducts(["正极材料", "负极材料", "电解液"], of: "电池材料"))
    let plan = draft([
      "甲岭市工业高质量发展三年行动方案(2026—2028年)", "一、重点任务",
      "(一)做优特色产业。玻璃新材料产业重点发展建筑玻璃、光伏玻璃和电子玻璃,营业收入达到90亿元;茶叶精深加工产业依托茶园资源,发展茶饮料、速溶茶和茶食品产品,营业收入突破40亿元。",
    ])
    let names = Self.names(plan)
    #expect(names.isDisjoint(with: ["茶饮料", "速溶茶", "茶食品产品"]))
    // Convention A (session 15): `X产业重点发展` kinds of X's own product are X's sub-clusters.
    #expect(names.isSuperset(of: ["建筑玻璃", "光伏玻璃", "电子玻璃"]))
    #expect(Self.clusters(plan).contains { $0.name.hasPrefix("玻璃新材料") && $0.scale == 90 })
  }

  @Test("old industries listed by example before 传统产业 are no clusters")
  func traditionalByExample() {
    let plan = draft([
      "乙岭县工业转型升级实施方案(2026—2028年)", "一、重点任务",
      "(一)改造提升传统产业。推动纺织、造纸、陶瓷等传统产业实施智能化改造,淘汰落后产能。",
      "(二)实施技术改造工程。聚焦冶金、建材、化工等传统产业,实施一批设备更新项目。",
    ])
    #expect(Self.names(plan).isDisjoint(with: ["纺织", "造纸", "陶瓷", "冶金", "建材", "化工"]))
    #expect(TransformedIndustries.afterEtc("传统产业实施改造"))
    // A counted list of the tier still names clusters.
    let counted = draft([
      "丙岭县工业发展规划(2026—2030年)", "一、产业布局", "做强纺织、造纸两大传统产业。",
    ])
    #expect(Self.names(counted).isSuperset(of: ["纺织", "造纸"]))
  }

  @Test("the directions of an upgrade, and a count word, name no cluster")
  func directionsAndCountWords() {
    #expect(ClusterLists.counted(in: "推动硅基负极材料向高首效、低膨胀方向升级").isEmpty)
    #expect(ClusterLists.counted(in: "聚焦整车、零部件、后市场三个方向") == ["整车", "零部件", "后市场"])
    #expect(CountOnlyName.isCount("两大"))
    #expect(CountOnlyName.isCount("3个"))
    #expect(!CountOnlyName.isCount("五金"))
    #expect(ClusterLists.cleanName("三大") == nil)
    let plan = draft([
      "丁岭县支持工业发展若干政策", "第一章　产业发展",
      "第三条　做强三大主导产业。支持机械制造、食品加工、新材料产业延链补链。",
    ])
    #expect(!plan.clusters.contains { CountOnlyName.isCount($0.name) })
  }

  @Test("industries' scales by 各 are each one's scale, no goals")
  func eachScale() {
    let plan = draft([
      "戊岭县制造业三年行动方案(2026—2028年)", "一、主要目标",
      "到2028年,规上工业总产值达到300亿元;茶叶、竹木加工产业营业收入各突破30亿元。",
    ])
    let clusters = Self.clusters(plan)
    #expect(clusters.contains { $0.name.hasPrefix("茶叶") && $0.scale == 30 })
    #expect(clusters.contains { $0.name.hasPrefix("竹木加工") && $0.scale == 30 })
    #expect(!plan.targets.contains { $0.goal.target?.value == 30 })
    #expect(plan.targets.contains { $0.goal.target?.value == 300 })
    #expect(ListedEachScale.names(before: "推动茶叶、竹木加工产业产值") == ["茶叶", "竹木加工"])
    #expect(ListedEachScale.names(before: "各县区产值") == nil)
  }

  @Test("an industry a `;` clause opens with 推动 owns the clause's bare output")
  func subjectWithPush() {
    #expect(SubjectIndustry.opening("藤编家居产业推动原料基地和设计中心建设,营业收入达到25亿元") == "藤编家居")
  }

  @Test("an item titled only by an industry, under an industries heading, is a cluster")
  func itemTitledIndustry() {
    let plan = draft([
      "己岭经济开发区产业提升三年行动方案(2026—2028年)", "一、产业方向",
      "(一)智能家电。引进整机和核心部件企业,支持企业开展产品迭代,到2028年营业收入达到150亿元。",
      "(二)医疗器械。建设检测平台和专业园区,力争到2028年营业收入达到60亿元。", "二、培育新兴产业",
      "(一)低空经济。推动无人机在物流、巡检等场景应用,培育一批应用企业。",
    ])
    let clusters = Self.clusters(plan)
    #expect(clusters.contains { $0.name.hasPrefix("智能家电") && $0.scale == 150 })
    #expect(clusters.contains { $0.name.hasPrefix("医疗器械") && $0.scale == 60 })
    #expect(clusters.contains { $0.name.hasPrefix("低空经济") })
    #expect(!plan.targets.contains { [150, 60].contains($0.goal.target?.value) })
  }

  @Test("a cluster's figure beside its class is its scale, not a target")
  func figureBesideClass() {
    #expect(ClassedClusterOutput.metric("集群产值", in: "集群产值突破520亿元,建成光电信息产业园") == nil)
    #expect(
      ClassedClusterOutput.metric("集群产值", in: "集群产值突破1200亿元,建成千亿级光电信息产业集群")
        == "光电信息产业集群产值")
    let plan = draft([
      "庚岭市光电信息产业集群行动方案(2026—2028年)", "一、发展目标",
      "2028年:集群产值突破1200亿元,建成千亿级光电信息产业集群。",
    ])
    #expect(Self.clusters(plan).contains { $0.name.hasPrefix("光电信息") && $0.scale == 1200 })
    #expect(!plan.targets.contains { $0.goal.target?.value == 1200 })
  }
}
