import PlanModel
import Testing

@testable import PlanImport

/// The rule classes the seed documents' last misses belong to, each tried on invented
/// passages in several forms (none of them a seed's sentence).
@Suite("Extraction: cluster parts by role and class, place-class sums, undated coverage")
struct SeedFamilyTests {
  @Test("lists that lead or supply the cluster a sentence closes by forming are its parts")
  func leadAndSupplyLists() {
    let found = ClusterLeadLists.parts(
      inSentence: "以电动客车、冷藏车制造为牵引,加快发展电驱桥、热管理、车身件等配套产业,形成整零协同的商用车产业集群。"[...])
    #expect(found.map(\.parent) == ["商用车", "商用车"])
    #expect(found.map(\.names) == [["电动客车", "冷藏车制造"], ["电驱桥", "热管理", "车身件"]])
    let led = ClusterLeadLists.parts(inSentence: "以高速钢、硬质合金为龙头,打造精密刃具产业集群。"[...])
    #expect(led.first?.names == ["高速钢", "硬质合金"])
    let supplied = ClusterLeadLists.parts(
      inSentence: "积极培育轴承、齿轮、液压件等关联产业,建设工程机械产业集群。"[...])
    #expect(supplied.first?.names == ["轴承", "齿轮", "液压件"])
  }

  @Test("no cluster formed at the sentence's end, or no list of industries: no parts")
  func leadAndSupplyListsPrecision() {
    #expect(
      ClusterLeadLists.parts(
        inSentence: "发展储能产业,延链培育正极材料、电解液等配套产业,构建以钠电池为支撑的储能产业生态链。"[...]
      ).isEmpty)
    #expect(
      ClusterLeadLists.parts(inSentence: "以甲园区为载体,积极引进电驱桥、热管理等项目,打造商用车产业集群。"[...])
        .isEmpty)
    #expect(
      ClusterLeadLists.parts(inSentence: "以数字技术、共享平台为引领,形成商用车产业集群。"[...]).isEmpty)
  }

  @Test("in a cluster's own paragraph, a growth point list and the class closing a clause")
  func classesInOwnParagraph() {
    let growth = "加快形成海上风电装备、氢能装备等新增长点"[...]
    #expect(
      ClusterPartClasses.parts(in: growth, sentence: growth, own: "能源装备") == ["海上风电装备", "氢能装备"])
    let closing = "加快发展锌锰电池、钠离子电池等新型电池"[...]
    #expect(ClusterPartClasses.parts(in: closing, sentence: closing, own: "新能源新材料") == ["新型电池"])
    let trade = "因地制宜发展挂面、米粉、速冻汤圆等粮油制品业"[...]
    #expect(ClusterPartClasses.parts(in: trade, sentence: trade, own: "绿色食品") == ["粮油制品业"])
    #expect(ClusterPartClasses.exampled("发展以石英砂、硅微粉等为代表的硅基新材料"[...]) == "硅基新材料")
    #expect(ClusterPartClasses.graded("构建电子级、光伏级、高端特种型多晶硅产业"[...]) == "多晶硅产业")
  }

  @Test("a field word, the products of an industry just named, the cluster's own products: none")
  func classesPrecision() {
    let field = "做优做强腊肉、豆干等特色领域"[...]
    #expect(ClusterPartClasses.parts(in: field, sentence: field, own: "绿色食品").isEmpty)
    let sentence = "发展矿产品产业,重点发展石英砂、高纯石英等高端矿产品"[...]
    let clause = sentence[sentence.range(of: "重点")!.lowerBound...]
    #expect(ClusterPartClasses.parts(in: clause, sentence: sentence, own: "新材料").isEmpty)
    let own = "加快引进电机、电控等关键零部件"[...]
    #expect(ClusterPartClasses.parts(in: own, sentence: own, own: "新能源汽车零部件").isEmpty)
    #expect(ClusterPartClasses.graded("构建高端装备、智能装备产业"[...]) == nil)
  }

  @Test(
    "an economy a verb develops, with its industries listed later in the sentence, is a cluster")
  func economyWithParts() {
    let clauses = SentenceSegmenter.clauses(
      of: "加快发展海洋经济,建设临港物流园,积极发展船舶修造、海水淡化、海洋药物等产业。"[...])
    #expect(ClusterEconomy.named(in: clauses[0], later: clauses.dropFirst()) == "海洋经济")
    let alone = SentenceSegmenter.clauses(of: "推进区块链在政务中的应用,加快培育数字经济。"[...])
    #expect(ClusterEconomy.named(in: alone[1], later: alone.dropFirst(2)) == nil)
    let notIndustries = SentenceSegmenter.clauses(
      of: "大力发展夜间经济,完善步行街、夜市等消费场景。"[...])
    #expect(ClusterEconomy.named(in: notIndustries[0], later: notIndustries.dropFirst()) == nil)
  }

  @Test("a sum naming a class of places to join or build is a goal in 亿元 or 万亿元")
  func placeClassSums() {
    let city = ChineseAmounts.placeClassSums(in: "力争进入地区生产总值万亿城市行列"[...])
    #expect(city.map(\.value) == [1] && city.map(\.unit) == ["万亿元"])
    let county = ChineseAmounts.placeClassSums(in: "跻身全国千亿县行列"[...])
    #expect(county.map(\.value) == [1000] && county.map(\.unit) == ["亿元"])
    let park = ChineseAmounts.placeClassSums(in: "聚焦打造五百亿园区"[...])
    #expect(park.map(\.value) == [500] && park.map(\.unit) == ["亿元"])
  }

  @Test("a scale class, a class of enterprises, a sum with no verb of joining: no such goal")
  func placeClassSumsPrecision() {
    #expect(ChineseAmounts.placeClassSums(in: "打造千亿级装备产业集群"[...]).isEmpty)
    #expect(ChineseAmounts.placeClassSums(in: "培育千亿企业"[...]).isEmpty)
    #expect(ChineseAmounts.placeClassSums(in: "经济总量居全国万亿城市第9位"[...]).isEmpty)
  }

  @Test("实现…全覆盖 where no year reaches the sentence: 100% with no year")
  func undatedCoverage() throws {
    let goal = try #require(
      QualitativeGoalPatterns.coverage("实现重点排污企业在线监测全覆盖"[...], context: SentenceContext()))
    #expect(goal.goal.target?.value == 100 && goal.goal.unit == "%")
    #expect(goal.goal.target?.year == nil)
    #expect(QualitativeGoalPatterns.coverage("推进网格化监管全覆盖"[...], context: SentenceContext()) == nil)
    #expect(
      QualitativeGoalPatterns.coverage("实现全覆盖监管、常态化巡查"[...], context: SentenceContext()) == nil)
  }

  @Test("an indicator named again without a number after its figure is not filed twice")
  func namedAgainWithoutNumber() {
    let plan = PlanDrafter().draft(
      DocumentText(
        blocks: [
          "己县人民政府", "己县工业园区提质行动方案(2024—2026年)", "一、主要目标",
          "到2026年,园区亩均税收达到20万元以上。", "二、重点任务",
          "(一)严格准入。将投资强度、容积率、亩均税收等列入项目准入指标。",
        ].map { .paragraph($0) }, kind: .text))
    let names = (plan.targets.map(\.metric) + plan.indicators.map(\.name))
    #expect(names.filter { $0.contains("亩均税收") }.count == 1)
    #expect(names.contains("投资强度") && names.contains("容积率"))
  }
}
