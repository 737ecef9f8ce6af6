import PlanModel
import Testing

@testable import PlanImport

/// The fifteenth held-out set's cluster, ladder and measure classes that real plans share
/// (industries' output goals under one head, a ladder of levels graded before its kind, two
/// counted lists of two tiers in one clause, a last line on reporting), on other invented
/// passages.
@Suite("Extraction: cluster, ladder and measure classes from the fifteenth held-out set")
struct FifteenthSetClusterLadderTests {
  func plan(_ body: [String], goals: [String] = ["到2028年,全县工业增加值达到210亿元。"]) -> Plan {
    draft(
      ["榧山县人民政府", "榧山县工业提质增效三年行动方案(2026—2028年)", "一、主要目标"] + goals
        + ["二、重点任务"] + body)
  }

  func cluster(_ plan: Plan, _ name: String) -> Cluster? {
    plan.clusters.first { $0.name == name }
  }

  // MARK: industries' output goals under a head

  @Test("industries' output goals under a head naming the output are the clusters' scales")
  func outputHead() throws {
    let plan = plan(
      ["(一)壮大主导产业", "推动企业扩产增效。"],
      goals: [
        "到2028年,三大支柱产业产值目标:新能源电池产业突破260亿元,精细化工产业达到120亿元,现代家居产业集群力争突破80亿元。"
      ])
    for (name, value) in [("新能源电池", 260.0), ("精细化工", 120.0), ("现代家居", 80.0)] {
      let found = try #require(cluster(plan, name), "\(name)")
      #expect(found.scale?.value == value)
      #expect(found.scale?.year == 2028)
      // The head names the tier.
      #expect(found.tier == "支柱")
    }
    // Filed as the scales, not as targets too.
    #expect(plan.targets.allSatisfy { ![260.0, 120, 80].contains($0.goal.target?.value) })
    // A head of 营业收入, with no tier.
    let revenue = self.plan(
      ["(一)壮大产业", "推动企业扩产增效。"],
      goals: ["到2028年,重点产业营业收入:智能终端产业达到150亿元,生物医药产业突破45亿元。"])
    #expect(cluster(revenue, "智能终端")?.scale?.value == 150)
    #expect(cluster(revenue, "生物医药")?.scale?.value == 45)
  }

  @Test("a head naming no output, or a figure of no industry, gives no scale")
  func notAnOutputHead() {
    // Investment in industries: no output.
    let investment = plan(
      ["(一)扩大投资", "推动项目建设。"],
      goals: ["到2028年,主导产业投资目标:新能源电池产业投资突破60亿元,精细化工产业投资达到30亿元。"])
    #expect(investment.clusters.allSatisfy { $0.scale?.value != 60 && $0.scale?.value != 30 })
    // An output head over what is no industry.
    let head = OutputHeadScales.head(of: "全年产值目标:工业投资突破80亿元"[...])
    #expect(head == nil)
    let sentence: Substring = "主导产业产值目标:工业投资突破80亿元"
    let candidate = GoalCandidate(
      metric: "工业投资", goal: Goal(kind: .absolute, direction: .up, unit: "亿元"),
      sourceText: "工业投资突破80亿元")
    #expect(OutputHeadScales.metric(candidate, in: sentence, output: "产值") == nil)
    // A goal before the head's colon is not under it.
    let before = GoalCandidate(
      metric: "家居产业", goal: Goal(kind: .absolute, direction: .up, unit: "亿元"),
      sourceText: "家居产业达到50亿元")
    #expect(
      OutputHeadScales.metric(before, in: "家居产业达到50亿元,产业产值目标:其余略"[...], output: "产值") == nil)
  }

  // MARK: a ladder of levels graded before its kind

  @Test("levels graded before their kind are the ladder's steps, with their counts")
  func levelsBeforeKind() throws {
    let plan = plan([
      "(一)培育创新平台",
      "1.提升研发平台能级。引导企业按照“县级—市级—省级”梯度培育工程技术研究中心,到2028年,全县县级工程技术研究中心达到120家,市级工程技术研究中心达到40家,省级工程技术研究中心达到12家。",
    ])
    #expect(plan.ladders.count == 1)
    let steps = plan.ladders.flatMap(\.tiers).map { ($0.name, $0.target?.value) }
    #expect(steps.map(\.0) == ["县级工程技术研究中心", "市级工程技术研究中心", "省级工程技术研究中心"])
    #expect(steps.map(\.1) == [120, 40, 12])
    // Half-width quotes, another verb.
    let kinds = LadderLevelSteps.steps(["\"省级", "国家级\"逐级创建"], closing: "国家级\"逐级创建绿色工厂")
    #expect(kinds == ["省级绿色工厂", "国家级绿色工厂"])
    // No kind after the grading's verb, or no verb: no steps.
    #expect(LadderLevelSteps.kindAfterGrading("梯次推进"[...]) == nil)
    #expect(LadderLevelSteps.kindAfterGrading("梯次培育"[...]) == nil)
    #expect(LadderLevelSteps.kindAfterGrading("梯度培育专精特新企业的机制"[...]) == "专精特新企业")
    // The grading closes the clause with no kind after it: no steps named `市级逐级`, nor bare
    // levels.
    #expect(LadderPatterns.chains(in: "建立龙头企业梯度培育库,按照“市级—省级—国家级”逐级培育。"[...]).isEmpty)
    #expect(LadderLevelSteps.steps(["“市级", "省级", "国家级”逐级培育"], closing: "国家级”逐级培育") == nil)
    #expect(
      LadderLevelSteps.steps(["“市级", "国家级”绿色工厂梯度培育"], closing: "国家级”绿色工厂梯度培育")
        == ["市级绿色工厂", "国家级绿色工厂"])
  }

  // MARK: two counted lists of two tiers

  @Test("two counted lists of two tiers in one clause are read each with its tier")
  func joinedTierLists() throws {
    let plan = plan([
      "(一)做强产业",
      "全县重点发展绿色食品、新型建材、纺织服装三大主导产业以及数字经济一个新兴产业。",
    ])
    for (name, tier) in [("绿色食品", "主导"), ("新型建材", "主导"), ("纺织服装", "主导"), ("数字经济", "新兴")] {
      #expect(cluster(plan, name)?.tier == tier, "\(name)")
    }
    #expect(plan.clusters.allSatisfy { !$0.name.contains("三大") && !$0.name.contains("主导") })
    // Two lists of two each.
    let lists = JoinedTierLists.lists(in: "培育高端装备、汽车零部件两大支柱产业和新材料、生物医药两个战略性新兴产业集群"[...])
    #expect(lists?.map(\.names) == [["高端装备", "汽车零部件"], ["新材料", "生物医药"]])
    #expect(lists?.map(\.tier) == ["支柱", "战略性新兴"])
    // A count that does not match its list, or one list alone: not read here.
    #expect(JoinedTierLists.lists(in: "发展A产品、B产品三大主导产业和C一个特色产业"[...]) == nil)
    #expect(JoinedTierLists.lists(in: "聚焦绿色食品、新型建材两大主导产业"[...]) == nil)
  }

  // MARK: a last line on reporting

  @Test("a last line asking for reports after a run-in item is no measure")
  func reportingLine() {
    let lines = [
      "三、保障措施", "(一)强化组织领导。成立工作专班,统筹推进各项任务。", "(二)强化督查考核。将任务完成情况纳入年度考核。",
    ]
    let report = "各镇(街道)、各部门每季度结束后5日内将工作进展情况报送县工信局,年底前报送全年工作总结。"
    let closing = plan(lines + [report, "榧山县人民政府", "2026年3月2日"])
    #expect(closing.measures.count(where: { $0.title == "强化督查考核" }) == 1)
    #expect(!closing.measures.contains { $0.text.contains("报送县工信局") })
    // Not the last paragraph: a task of its own.
    let middle = plan(lines + [report, "(三)强化宣传引导。总结推广典型经验。"])
    #expect(middle.measures.contains { $0.text.contains("报送县工信局") })
    // The last paragraph, but no report by a time: the item's own paragraph.
    let more = plan(lines + ["各部门要加强协作,形成工作合力。"])
    #expect(more.measures.contains { $0.text.contains("形成工作合力") })
    #expect(ReportingLines.isReporting("请各地于每年12月10日前将年度工作总结报送市工信局。"))
    #expect(!ReportingLines.isReporting("建立月度报送制度,形成工作合力。"))
  }
}
