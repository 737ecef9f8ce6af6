import PlanModel
import Testing

@testable import PlanImport

/// Ladders in the twenty-second to twenty-fourth held-out sets' forms — a quoted list of stages
/// counted stage by stage, a ladder by size named by amounts, a product chain's path — on other
/// invented passages.
@Suite("Extraction: ladders from the twenty-second to twenty-fourth held-out sets")
struct TwentySecondSetLadderTests {
  @Test("a quoted list of stages counted stage by stage is a ladder named by its counts")
  func countedStages() throws {
    let plan = draft([
      "甲屿县市场主体培育工作方案(2026—2028年)",
      "一、工作目标",
      "深入推进“个转企、小升规、规改股、股上市”,到2028年,累计推动个体工商户转型为企业500户以上、小微企业升规80家、规上企业完成股份制改造12家,力争新增上市企业2家。",
    ])
    let tiers = try #require(plan.ladders.first?.tiers)
    #expect(tiers.count == 4)
    #expect(tiers.map { $0.target?.value } == [500, 80, 12, 2])
  }

  @Test("a quoted pipeline of batches with a count for each is a ladder, without one it is none")
  func quotedBatches() throws {
    let counted = draft([
      "乙屿市企业上市培育行动方案(2026—2028年)",
      "一、重点任务",
      "(一)实施“四个一批”工程。按照“储备一批、股改一批、辅导一批、上市一批”的要求,到2028年,上市后备企业稳定在80家以上,完成股份制改造企业25家,进入辅导备案企业8家,新增上市企业4家。",
    ])
    let tiers = try #require(counted.ladders.first?.tiers)
    #expect(tiers.map { $0.target?.value } == [80, 25, 8, 4])
    #expect(CountedStageLists.stageCount(in: "推动企业“个转企、小升规、规改股、股上市”") == 4)
    let reforms = draft([
      "丙屿市民营经济发展若干措施",
      "一、支持市场主体壮大",
      "(一)推动转型升级。推动企业“个转企、小升规、规改股、股上市”,完善企业服务体系。",
    ])
    #expect(reforms.ladders.isEmpty)
    // Projects' stages counted in 个 are no ladder of enterprises.
    let projects = draft([
      "丁屿县重大项目攻坚行动方案(2026—2028年)",
      "一、工作目标",
      "坚持“谋划一批、签约一批、开工一批”,到2028年,谋划项目300个,签约项目150个,开工项目100个。",
    ])
    #expect(projects.ladders.isEmpty)
  }

  @Test("a ladder by size named by amounts takes the counts of the amounts its firms pass")
  func amountSteps() {
    #expect(AmountStepNames.leadingAmount("百亿龙头") == 100)
    #expect(AmountStepNames.leadingAmount("二十亿骨干") == 20)
    #expect(AmountStepNames.leadingAmount("亿元成长") == 1)
    #expect(AmountStepNames.leadingAmount("骨干企业") == nil)
    #expect(AmountStepNames.passedAmount("营业收入超五十亿元企业") == 50)
    #expect(AmountStepNames.passedAmount("产值超过20亿元企业") == 20)
    #expect(AmountStepNames.passedAmount("超亿元企业") == 1)
    #expect(AmountStepNames.passedAmount("五十亿元企业") == 50)
    #expect(AmountStepNames.passedAmount("骨干企业") == nil)
    let steps = ["百亿领军", "二十亿骨干", "五亿成长"]
    #expect(AmountStepNames.step(for: "营业收入超20亿元企业", among: steps) == "二十亿骨干")
    #expect(AmountStepNames.step(for: "营业收入超10亿元企业", among: steps) == nil)
    let plan = draft([
      "戊屿区制造业高质量发展规划(2026—2030年)",
      "一、发展目标",
      "到2030年,形成“百亿领军—二十亿骨干—五亿成长”企业梯队,营业收入超百亿元企业达到2家、超二十亿元企业9家、超五亿元企业达到40家。",
    ])
    let tiers = plan.ladders.first?.tiers ?? []
    #expect(tiers.map { $0.target?.value } == [2, 9, 40])
    // Each step filed under its count's name.
    #expect(tiers.map(\.name).contains { $0.hasSuffix("二十亿元企业") })
  }

  @Test("a product chain's path is no ladder; a path of tiers is")
  func productPaths() {
    #expect(LadderPatterns.chains(in: "按照“原铝—铝板带箔—铝精深加工制品”的路径延链补链").isEmpty)
    #expect(LadderPatterns.chains(in: "沿“原矿—精矿—冶炼—深加工”链条延伸发展路径").isEmpty)
    #expect(
      LadderPatterns.chains(in: "构建“个转企—小升规—规改股—股上市”梯次成长路径")
        == [["个转企", "小升规", "规改股", "股上市"]])
    #expect(ProductChainPaths.isProductPath(tieredSteps: 0, sentence: "按照…路径强链补链"))
    #expect(!ProductChainPaths.isProductPath(tieredSteps: 1, sentence: "按照…路径强链补链"))
  }

  @Test("a count of those entering a step's ranks is that step's count")
  func enteringRanks() {
    let steps = ["市级特色产业集群", "省级先进制造业集群", "国家级先进制造业集群"]
    #expect(EnteringCounts.step(for: "集群进入国家级先进制造业集群行列", among: steps) == "国家级先进制造业集群")
    #expect(EnteringCounts.step(for: "企业进入省级先进制造业集群名单", among: steps) == "省级先进制造业集群")
    #expect(EnteringCounts.step(for: "集群进入全国百强", among: steps) == nil)
  }
}
