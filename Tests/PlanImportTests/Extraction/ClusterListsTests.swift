import PlanModel
import Testing

@testable import PlanImport

/// Clusters against product lists — invented passages of a made-up county.
@Suite("Extraction: lists of clusters and lists of products")
struct ClusterListsTests {
  @Test("a list whose count matches its names names clusters")
  func counted() {
    #expect(
      ClusterLists.counted(in: "打造数控机床、光伏组件、新型电池三个具有区域影响力的重点产业集群"[...]) == [
        "数控机床", "光伏组件", "新型电池",
      ])
    #expect(
      ClusterLists.counted(in: "重点发展整车制造、电驱系统、智能座舱和车用软件“3+1”产业体系"[...]) == [
        "整车制造", "电驱系统", "智能座舱", "车用软件",
      ])
    #expect(
      ClusterLists.counted(in: "打造茶叶、竹木、山泉水三张产业名片"[...]) == ["茶叶", "竹木", "山泉水"])
    #expect(ClusterLists.counted(in: "促进竹木家具、户外用品产业延链发展"[...]) == ["竹木家具", "户外用品"])
  }

  @Test("a count that does not match, or a list of tiers, names no clusters")
  func countedPrecision() {
    #expect(ClusterLists.counted(in: "打造数控机床、光伏组件三个重点产业集群"[...]).isEmpty)
    #expect(ClusterLists.counted(in: "加快构建支柱、新兴、未来产业梯度发展"[...]).isEmpty)
    #expect(ClusterLists.counted(in: "发展轴承、齿轮等配套产业"[...]).isEmpty)
    #expect(ClusterLists.counted(in: "形成龙头带动、配套协同的装备产业集群"[...]).isEmpty)
  }

  @Test("A、B等…产业 names clusters when a tier or a verb of developing says so")
  func category() {
    #expect(
      ClusterPatterns.listedUnder(tierHeading: "巩固提升数控系统、精密刀具等优势领域市场竞争力。"[...]) == [
        "数控系统", "精密刀具",
      ])
    #expect(
      ClusterPatterns.listedUnder(tierHeading: "加快发展无人机、通航服务等产业。"[...]) == ["无人机", "通航服务"])
    #expect(
      ClusterPatterns.listedUnder(tierHeading: "重点发展云计算、储能装备等技术引领型产业。"[...]) == [
        "云计算", "储能装备",
      ])
  }

  @Test("A、B等…产业 is a product list when the words name one industry or no industry")
  func categoryPrecision() {
    #expect(ClusterPatterns.listedUnder(tierHeading: "重点发展丙烯酸、环氧树脂等精细化工产业。"[...]).isEmpty)
    #expect(ClusterPatterns.listedUnder(tierHeading: "延链培育轴承、齿轮、密封件等配套产业。"[...]).isEmpty)
    #expect(ClusterPatterns.listedUnder(tierHeading: "支持模具设计、检测认证等产业发展。"[...]).isEmpty)
    #expect(ClusterPatterns.listedUnder(tierHeading: "以共享、租赁等产业发展模式带动。"[...]).isEmpty)
    #expect(ClusterPatterns.listedUnder(tierHeading: "推动数字技术、低碳技术等领域突破性成果转化。"[...]).isEmpty)
    #expect(ClusterPatterns.listedUnder(tierHeading: "为陶瓷、竹木等领域重点企业提供服务。"[...]).isEmpty)
  }

  @Test(
    "names: 及 and a short 和 join one name; a rank, a tier word, a grade or a listed technology is no name"
  )
  func names() {
    #expect(ClusterLists.names("智能终端、云计算及存储、基因和细胞治疗"[...]) == ["智能终端", "云计算及存储", "基因和细胞治疗"])
    #expect(ClusterLists.names("轻量化材料、智能座舱和车用软件"[...]) == ["轻量化材料", "智能座舱", "车用软件"])
    #expect(ClusterLists.cleanName("世界级数控机床") == "数控机床")
    #expect(ClusterLists.cleanName("80亿级光伏组件") == "光伏组件")
    #expect(ClusterLists.cleanName("主导") == nil)
    #expect(ClusterLists.cleanName("支柱型") == nil)
    #expect(ClusterLists.cleanName("食品级") == nil)
    #expect(ClusterLists.listedName("低碳技术") == nil)
    #expect(ClusterLists.cleanName("生物技术") == "生物技术")
    #expect(ClusterLists.cleanName("6G") == "6G")
  }

  @Test("an industry named after its products, and 加大 read as no count")
  func namedAndListed() {
    #expect(
      ClusterPatterns.named(in: "发展轴承、齿轮、密封件等机械配套产业。"[...]) == ["机械配套"])
    #expect(ClusterPatterns.named(in: "培育壮大数控系统、精密刀具等重点产业。"[...]).isEmpty)
    #expect(ClusterPatterns.listed(in: "推动国企、外资企业加大战略性新兴产业布局。"[...]).isEmpty)
  }

  @Test("clusters the text names as industrial clusters after a verb of building")
  func explicit() {
    #expect(
      ClusterLists.explicit(in: "协同建设江北智能家电产业集群、临河新型储能先进制造业集群"[...]) == [
        "江北智能家电产业集群", "临河新型储能先进制造业集群",
      ])
    #expect(
      ClusterLists.explicit(in: "建设竹木加工基地和竹木特色产业集群"[...]) == ["竹木产业集群"])
    #expect(ClusterLists.explicit(in: "打造世界级陶瓷产业集群"[...]) == ["陶瓷产业集群"])
  }

  @Test("clusters of no industry, of enterprises or of no name are not read")
  func explicitPrecision() {
    #expect(ClusterLists.explicit(in: "壮大先进制造业集群"[...]).isEmpty)
    #expect(ClusterLists.explicit(in: "合力打造国家级、区域级先进制造业集群"[...]).isEmpty)
    #expect(ClusterLists.explicit(in: "形成重大基础设施集群"[...]).isEmpty)
    #expect(ClusterLists.explicit(in: "打造更多中小企业特色产业集群"[...]).isEmpty)
    #expect(ClusterLists.explicit(in: "打造一批优势特色产业集群和农业强镇"[...]).isEmpty)
    #expect(ClusterLists.explicit(in: "提升陶瓷产业集群发展水平"[...]).isEmpty)
  }

  @Test("a draft reads a counted list of clusters in the starting situation")
  func startingSituation() {
    let lines = [
      "乙县先进制造业发展行动方案(2024—2027年)", "一、发展基础",
      "2023年,全县工业增加值达到120亿元,竹木家具、陶瓷卫浴、山泉水3个产业入选省级特色产业集群。", "二、发展目标",
      "到2027年,全县工业增加值达到200亿元。",
    ]
    let plan = draft(lines)
    #expect(plan.clusters.map(\.name) == ["竹木家具", "陶瓷卫浴", "山泉水"])
  }

  @Test("in a cluster's paragraph, a list closed by a tier and the cluster's noun names its parts")
  func parts() {
    let sentence = "巩固提升竹纤维材料、竹基复合材料等特色材料市场份额,发展一批新型材料企业。"[...]
    #expect(ClusterLists.parts(in: sentence, of: "竹木材料") == ["竹纤维材料", "竹基复合材料"])
    #expect(ClusterLists.parts(in: sentence, of: "绿色食品").isEmpty)
    #expect(ClusterLists.parts(in: "推广竹筷、竹席等特色产品。"[...], of: "竹木材料").isEmpty)
  }

  @Test("a list after a clause that names a cluster nests under it; a tier list alone does not")
  func nesting() throws {
    let lines = [
      "乙县先进制造业发展行动方案(2024—2027年)", "一、重点任务", "(一)培育壮大新兴产业。",
      "突破发展竹木材料产业,培育壮大竹纤维、竹基板材等重点产业。加快发展无人机、通航服务等产业。",
    ]
    let plan = draft(lines)
    let byName = Dictionary(uniqueKeysWithValues: plan.clusters.map { ($0.name, $0) })
    let parent = try #require(byName["竹木材料"])
    #expect(parent.tier == "新兴")
    #expect(byName["竹纤维"]?.parent == parent.id)
    #expect(byName["竹基板材"]?.parent == parent.id)
    #expect(byName["无人机"]?.parent == nil)
    #expect(byName["无人机"]?.tier == "新兴")
  }

  @Test("a named industrial cluster whose level is raised is a cluster; a bare one is not")
  func raised() {
    #expect(ClusterLists.raised(in: "稳步提升东湖光电产业集群发展水平"[...]) == ["东湖光电产业集群"])
    #expect(ClusterLists.raised(in: "加快提升精密铸造产业集群国际竞争力"[...]) == ["精密铸造产业集群"])
    #expect(ClusterLists.raised(in: "提升产业集群发展水平"[...]).isEmpty)
    #expect(ClusterLists.raised(in: "提升重点产业集群发展水平"[...]).isEmpty)
    #expect(ClusterLists.raised(in: "提升精密铸造产业集群的配套率"[...]).isEmpty)
  }
}
