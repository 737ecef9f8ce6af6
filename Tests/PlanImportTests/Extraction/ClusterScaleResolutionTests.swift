import PlanModel
import Testing

@testable import PlanImport

/// Scale resolution (`ClusterScaleResolution`, `ClusterScaleParts`, `TableClusterParts`): each
/// cluster's scale chosen among every output figure the text links to it, on invented passages.
struct ClusterScaleResolutionTests {
  private func scales(_ plan: Plan) -> [String: Double] {
    Dictionary(
      plan.clusters.compactMap { cluster in cluster.scale?.threshold.map { (cluster.name, $0) } },
      uniquingKeysWith: { first, _ in first })
  }

  private func parent(of name: String, in plan: Plan) -> String? {
    guard let id = plan.clusters.first(where: { $0.name == name })?.parent else { return nil }
    return plan.clusters.first { $0.id == id }?.name
  }

  @Test func theItemsOwnFigureAndThePartsAfterQiZhong() {
    let plan = draft([
      "澄河市智能家电产业集群培育行动方案(2026—2028年)",
      "一、主要目标",
      "到2028年,全市规模以上工业营业收入突破2600亿元。",
      "二、重点集群",
      "(一)智能家电产业集群(主导)",
      "以整机制造为核心,完善压缩机、电机等关键部件配套。力争到2028年集群营业收入突破800亿元,其中整机制造链达到450亿元,核心部件链达到260亿元。支持企业建设智能工厂。",
    ])
    #expect(scales(plan)["智能家电"] == 800)
    #expect(scales(plan)["整机制造链"] == 450)
    #expect(scales(plan)["核心部件链"] == 260)
    #expect(parent(of: "核心部件链", in: plan) == "智能家电")
    // The scale's figures are no targets of their own.
    #expect(!plan.targets.contains { $0.goal.target?.value == 800 })
    #expect(!plan.targets.contains { $0.goal.target?.value == 450 })
  }

  @Test func theEndYearsFigureOfASeriesByYear() {
    let plan = draft([
      "松岭县工业倍增三年行动方案(2026—2028年)",
      "一、主要目标",
      "到2028年,全县规上工业总产值突破300亿元;精密铸造产业产值达到120亿元。",
      "二、产业发展重点",
      "(一)做强精密铸造主导产业。推动铸件产品向高端化延伸,建设铸造产业园。2026年、2027年、2028年产业产值分别达到80亿元、100亿元、120亿元。",
    ])
    #expect(scales(plan)["精密铸造"] == 120)
    // The earlier years' figures stay targets, each of its own year.
    let years = plan.targets.filter { [80, 100].contains($0.goal.target?.value) }
      .compactMap(\.goal.target?.year)
    #expect(years.sorted() == [2026, 2027])
  }

  @Test func aChainsFiguresByYearAndAStartingFigureThatIsNone() {
    let plan = draft([
      "岚山高新区主导产业链提升行动计划(2026—2028年)",
      "一、发展目标",
      "聚焦智能传感、工业软件两条主导产业链。智能传感产业链营业收入2026年达到300亿元、2027年达到360亿元、2028年达到430亿元;工业软件产业链营业收入由2025年的90亿元增长至2028年的160亿元。",
    ])
    #expect(scales(plan)["智能传感"] == 430)
    #expect(scales(plan)["工业软件"] == 160)
  }

  @Test func namesWithoutIndustryPairedByFenBie() {
    let plan = draft([
      "青石县工业发展行动方案(2026—2028年)",
      "一、主要目标",
      "到2028年,竹编工艺、山地茶饮产值分别达到30亿元、25亿元。",
      "二、重点产业",
      "(一)做优竹编工艺特色产业。推广竹编非遗技艺,建设竹编产业园。",
      "(二)做精山地茶饮特色产业。建设标准化茶园,培育茶饮品牌。",
    ])
    #expect(scales(plan)["竹编工艺"] == 30)
    #expect(scales(plan)["山地茶饮"] == 25)
  }

  @Test func aFigureBeyondThePlansYearsIsNoScale() {
    let plan = draft([
      "潮汐区新材料产业发展行动方案(2026—2028年)",
      "一、主要目标",
      "到2028年,先进陶瓷产业营业收入达到220亿元。在此基础上,对更长时期作出展望:到2035年,先进陶瓷产业营业收入达到600亿元。",
    ])
    #expect(scales(plan)["先进陶瓷"] == 220)
  }

  @Test func aTablesRowsUnderQiZhongAreParts() {
    let table = DocumentTable(rows: [
      ["产业链", "2025年", "2026年", "2027年", "2028年"],
      ["智能传感", "250", "300", "360", "430"],
      ["其中:MEMS芯片", "80", "100", "120", "150"],
      ["传感模组", "60", "70", "85", "100"],
      ["工业软件", "90", "110", "130", "160"],
      ["合计", "340", "410", "490", "590"],
    ])
    let text = DocumentText(
      blocks: [
        .paragraph("岚山高新区主导产业链提升行动计划(2026—2028年)"),
        .paragraph("一、发展目标"),
        .paragraph("聚焦智能传感、工业软件两条主导产业链,各产业链分年度目标见表1。"),
        .paragraph("表1 主导产业链营业收入分年度目标(单位:亿元)"),
        .table(table),
        .paragraph("二、重点任务"),
      ], kind: .text)
    let plan = PlanDrafter().draft(text)
    #expect(scales(plan)["MEMS芯片"] == 150)
    #expect(scales(plan)["传感模组"] == 100)
    #expect(parent(of: "传感模组", in: plan) == "智能传感")
    #expect(scales(plan)["合计"] == nil)
  }

  @Test func theOutputRestAfterAName() {
    #expect(ClusterScaleResolution.isOutputRest("主导产业产值"))
    #expect(ClusterScaleResolution.isOutputRest("产业集群"))
    #expect(ClusterScaleResolution.isOutputRest(""))
    #expect(!ClusterScaleResolution.isOutputRest("企业营业收入"))
    #expect(!ClusterScaleResolution.isOutputRest("产业投资"))
    #expect(ClusterScaleResolution.named(in: "做大光伏主导产业产值", names: ["光伏"]) == 0)
    // A name after a list mark is one of several subjects.
    #expect(ClusterScaleResolution.named(in: "茶叶、光伏产值", names: ["光伏"]) == nil)
    #expect(ClusterScaleResolution.isBareOutput("集群营业收入"))
    #expect(!ClusterScaleResolution.isBareOutput("龙头企业产值"))
  }

  @Test func aListsLeadWordIsNoPartOfAName() {
    #expect(ListLeadWords.opens("即轨道交通"))
    #expect(!ListLeadWords.opens("即时零售"))
    let sentence = "形成产业体系,即轨道交通、航空装备两大产业"
    #expect(ClusterLists.names(sentence[sentence.firstIndex(of: "即")!...]).first == "轨道交通")
  }
}
