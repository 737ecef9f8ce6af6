import PlanModel
import Testing

@testable import PlanImport

/// Families met in the twelfth held-out set, on other invented passages.
@Suite("Extraction: families from the twelfth held-out set")
struct TwelfthSetFamilyTests {
  /// A 政策解读 of an invented plan, its chapters asked as questions.
  static let interpretation = [
    "《丁川县工业经济提质增效实施意见》解读", "发布时间:2027-02-10 来源:县经济和信息化局",
    "一、为什么要出台《实施意见》?", "近年来,我县工业经济稳步增长。2026年,全县规上工业产值达到420亿元。",
    "二、《实施意见》的发展目标是什么?", "到2029年,全县规上工业产值突破600亿元,规上工业企业达到300家。",
    "三、《实施意见》有哪些主要任务?", "(一)推动技术改造。每年实施技改项目50个以上。",
    "(二)扩大有效投资。三年新引进亿元以上项目40个。", "四、企业如何申报奖补资金?",
    "符合条件的企业可向县经济和信息化局提出申请,经审核后拨付。", "申报时间为每年3月至4月。",
    "解读机关:丁川县经济和信息化局", "解读人:王 磊", "联系电话:0571-1234567",
  ]

  @Test("a question heading keeps its question mark; other headings lose their closing stop")
  func questionTitles() {
    let plan = draft(Self.interpretation)
    let titles = plan.outline.map(\.title)
    #expect(titles.contains("为什么要出台《实施意见》?"))
    #expect(titles.contains("企业如何申报奖补资金?"))
    #expect(HeadingLine.read("二、发展目标。")?.title == "发展目标")
    #expect(HeadingLine.read("五、怎样享受政策?")?.title == "怎样享受政策?")
    #expect(HeadingLine.isQuestion("怎样享受政策?") && !HeadingLine.isQuestion("享受政策"))
  }

  @Test("answers under a question with no items are no measures, nor is a 解读's footer")
  func questionAnswers() {
    let plan = draft(Self.interpretation)
    #expect(plan.measures.map(\.title).sorted() == ["扩大有效投资", "推动技术改造"])
    for line in ["解读机关:丁川县经济和信息化局", "解读人:王 磊", "联系电话:0571-1234567"] {
      #expect(ClosingLines.isClosing(line), "\(line)")
    }
    #expect(!ClosingLines.isClosing("解读政策要及时准确。"))
  }

  @Test("industries laid out place by place: each a cluster, its output the scale, no goal")
  func placeHeadedIndustries() {
    let plan = draft([
      "戊山县“一园一品”产业培育方案(2027—2029年)", "一、发展目标", "到2029年,全县特色产业产值达到200亿元。",
      "二、产业布局", "(一)河口镇—精密铸件。发展汽车铸件、阀门铸件,到2029年产值达到45亿元。",
      "(二)城东街道——智能家电。引进整机企业,到2029年营业收入突破80亿元,打造五十亿级智能家电产业集群。",
      "(三)高新区——生物医药。推进原料药升级。", "三、保障措施", "(一)加强组织领导。成立工作专班。",
    ])
    let scales = Dictionary(
      plan.clusters.map { ($0.name, $0.scale?.value) }, uniquingKeysWith: { a, _ in a })
    #expect(scales["精密铸件"] == .some(45))
    #expect(scales["智能家电"] == .some(80))
    #expect(scales.keys.contains("生物医药"))
    #expect(!plan.targets.contains { [45, 80].contains($0.goal.target?.value) })
    #expect(plan.targets.contains { $0.goal.target?.value == 200 })
    #expect(PlaceHeadedIndustry.name("河口镇——精密铸件") == "精密铸件")
    #expect(PlaceHeadedIndustry.name("创新驱动——发展动力") == nil)
    #expect(PlaceHeadedIndustry.name("河口镇——发展铸件") == nil)
    #expect(PlaceHeadedIndustry.name("精密铸件") == nil)
    #expect(PlaceHeadedIndustry.name("全市——总体布局") == nil)
    #expect(PlaceHeadedIndustry.name("城东区——科创示范区") == nil)
  }

  @Test("several listed industries sharing one scale by 均 each get it; it is no goal")
  func sharedScale() {
    let plan = draft([
      "己州市新兴产业发展行动方案(2027—2029年)", "一、主要目标", "到2029年,全市规上工业营业收入达到3000亿元。",
      "二、重点产业", "壮大光电材料、智能网联汽车两大支柱产业。到2029年,两大支柱产业营业收入均达到500亿元。",
      "三、保障措施", "(一)加强组织领导。成立工作专班。",
    ])
    let scales = Dictionary(
      plan.clusters.map { ($0.name, $0.scale?.value) }, uniquingKeysWith: { a, _ in a })
    #expect(scales["光电材料"] == .some(500) && scales["智能网联汽车"] == .some(500))
    #expect(!plan.targets.contains { $0.goal.target?.value == 500 })
    let pair = SharedClusterScale.group(of: "两大支柱产业营业收入")
    #expect(pair?.count == 2 && pair?.tier == "支柱")
    let three = SharedClusterScale.group(of: "全市三个主导产业集群产值")
    #expect(three?.count == 3 && three?.tier == "主导")
    #expect(SharedClusterScale.group(of: "主导产业营业收入") == nil)
    #expect(SharedClusterScale.group(of: "三大产业产值") == nil)
  }

  @Test("the list and the shared scale in one sentence")
  func sharedScaleInOneSentence() {
    let plan = draft([
      "己州市新兴产业发展行动方案(2027—2029年)", "一、主要目标", "到2029年,全市规上工业营业收入达到3000亿元。",
      "二、重点产业", "壮大光电材料、智能网联汽车两大支柱产业,到2029年,两大支柱产业营业收入均达到500亿元。",
      "三、保障措施", "(一)加强组织领导。成立工作专班。",
    ])
    #expect(
      plan.clusters.filter { $0.scale?.value == 500 }.map(\.name).sorted() == ["光电材料", "智能网联汽车"])
    #expect(!plan.targets.contains { $0.goal.target?.value == 500 })
  }

  @Test("a shared total without 均, or a count that does not match the list, names no scale")
  func sharedScaleNeedsAMatch() {
    let plan = draft([
      "己州市新兴产业发展行动方案(2027—2029年)", "一、主要目标", "到2029年,全市规上工业营业收入达到3000亿元。",
      "二、重点产业", "壮大光电材料、智能网联汽车两大支柱产业。到2029年,三大支柱产业营业收入均达到500亿元。",
      "三、保障措施", "(一)加强组织领导。成立工作专班。",
    ])
    #expect(!plan.clusters.contains { $0.scale?.value == 500 })
  }

  @Test("a scale class closing a sentence whose subject is the industry is that industry's")
  func scaleAfterSubject() {
    let plan = draft([
      "庚县绿色产业发展方案(2027—2029年)", "一、主要目标", "到2029年,规上工业产值达到500亿元。", "二、重点任务",
      "(一)壮大特色产业。氢能装备产业以庚县氢能产业园为载体,发展电解槽、储氢瓶和加氢设备,打造百亿级产业集群。",
      "(二)加强组织领导。成立工作专班。",
    ])
    let hydrogen = plan.clusters.first { $0.name.hasPrefix("氢能装备") }
    #expect(hydrogen?.scale?.value == 100)
    let parts = plan.clusters.filter { $0.parent == hydrogen?.id }.map(\.name)
    #expect(parts.sorted() == ["储氢瓶", "加氢设备", "电解槽"].sorted())
  }

  @Test("an output figure in a cluster's paragraph outranks the class it is raised to")
  func figureOutranksClass() {
    let plan = draft([
      "辛县产业发展方案(2027—2029年)", "一、主要目标", "到2029年,规上工业产值达到500亿元。", "二、重点任务",
      "(一)做强纺织服装产业。纺织服装产业聚焦高端面料,到2029年产值突破130亿元,打造百亿级纺织服装产业集群。",
      "(二)加强组织领导。成立工作专班。",
    ])
    #expect(plan.clusters.first { $0.name.hasPrefix("纺织服装") }?.scale?.value == 130)
  }

  @Test("a counted group's total stays a goal, no cluster; 做大 opens a list, names nothing")
  func groupTotal() {
    let plan = draft([
      "壬市数字产业发展方案(2027—2029年)", "一、主要目标", "到2029年,数字经济核心产业营业收入突破900亿元。",
      "二、重点任务", "(一)做大数字经济核心产业。做大集成电路、工业软件、智能终端三大数字经济核心产业。集成电路产业重点发展功率器件、传感器,到2029年营业收入达到300亿元。",
      "(二)加强组织领导。成立工作专班。",
    ])
    let names = plan.clusters.map(\.name)
    #expect(!names.contains { $0.hasPrefix("数字经济核心") })
    #expect(!names.contains { $0.hasPrefix("做大") })
    #expect(plan.clusters.first { $0.name.hasPrefix("集成电路") }?.scale?.value == 300)
    #expect(plan.targets.contains { $0.goal.target?.value == 900 })
    #expect(CountedGroups.name(in: "做大A甲、B乙、C丙三大数字经济核心产业") == "数字经济核心")
    #expect(CountedGroups.name(in: "培育A甲、B乙三大主导产业") == nil)
    #expect(CountedGroups.name(in: "发展数字经济核心产业") == nil)
  }

  @Test("a counted group the text develops as its parts' parent stays a cluster")
  func groupAsParent() {
    let plan = draft([
      "丑市汽车产业发展方案(2027—2029年)", "一、主要目标", "到2029年,规上工业营业收入达到900亿元。", "二、重点任务",
      "(一)壮大汽车产业。做强整车、零部件两大汽车产业。汽车产业聚焦新能源整车、动力电池和电驱系统,到2029年产值达到600亿元。",
      "(二)加强组织领导。成立工作专班。",
    ])
    #expect(plan.clusters.first { $0.name.hasPrefix("汽车") }?.scale?.value == 600)
  }

  @Test("a ladder of levels of one kind names each step by level and kind, counts from the goals")
  func levelLadder() {
    #expect(
      LadderPatterns.chains(in: "构建“县级—市级—省级”智能工厂梯度培育体系")
        == [["县级智能工厂", "市级智能工厂", "省级智能工厂"]])
    #expect(
      LadderPatterns.chains(in: "完善区级—市级—国家级专精特新企业梯度培育机制")
        == [["区级专精特新企业", "市级专精特新企业", "国家级专精特新企业"]])
    let plan = draft([
      "癸市智能制造实施方案(2027—2029年)", "一、主要目标", "到2029年,累计建成省级智能工厂20家、市级智能工厂80家、县级智能工厂200家。",
      "二、重点任务", "(一)梯度培育智能工厂。构建“县级—市级—省级”智能工厂梯度培育体系,每年认定县级智能工厂40家以上。",
      "(二)加强组织领导。成立工作专班。",
    ])
    let steps = plan.ladders.flatMap(\.tiers).map { ($0.name, $0.target?.value) }
    #expect(steps.contains { $0.0 == "县级智能工厂" && $0.1 == 200 })
    #expect(steps.contains { $0.0 == "省级智能工厂" && $0.1 == 20 })
  }

  @Test("a count a task restates in other words, with no year, is its goal filed once")
  func restatedCount() {
    let plan = draft([
      "子县企业培育方案(2027—2029年)", "一、主要目标", "到2029年,新增上市企业2家以上,规上工业企业达到260家。",
      "二、重点任务", "(一)推动企业上市。支持企业对接资本市场,推动2家以上企业上市,每年新增规上工业企业20家以上。",
    ])
    #expect(draftedFigures(plan).filter { $0.value == 2 }.count == 1)
    #expect(draftedFigures(plan).contains { $0.value == 20 })
    #expect(RestatedCounts.sameWords("企业上市", "新增上市企业"))
    #expect(!RestatedCounts.sameWords("企业技改", "新增上市企业"))
    #expect(!RestatedCounts.sameWords("上市企业", "新增上市企业"))
  }

  @Test("units: a name with its own 〔〕 stays whole; `A牵头,B、C配合。` closing a task names units")
  func units() {
    #expect(UnitNotes.splitUnits("各县〔市、区〕人民政府、市财政局") == ["各县〔市、区〕人民政府", "市财政局"])
    #expect(UnitNotes.splitUnits("各区【县、市】政府") == ["各区【县、市】政府"])
    // Places alone charged with work (`各县(市、区)要制定…`) are no unit; a unit's other name is.
    #expect(!UnitClauses.isUnit("各县(市、区)") && UnitClauses.isUnit("县经信局(县中小企业局)"))
    #expect(UnitClauses.parts("各县(市、区)要制定本地区工作方案,明确时间表。").isEmpty)
    expectUnitNotes([
      ("开展精准招商,每年引进项目10个。市投资促进中心牵头,市商务局、市发展改革委配合。", ["市投资促进中心"], ["市商务局", "市发展改革委"]),
      ("发挥龙头带动作用。龙头企业牵头,中小企业配合。", [], []),
      ("完善配套。市工信局牵头组织实施。", [], []),
    ])
  }
}

/// Goals of reaching a level without a plain number (`LevelGoalPatterns`).
@Suite("Extraction: goals of reaching a level")
struct TwelfthSetLevelGoalTests {
  static let goals = SentenceContext(year: 2030, inGoals: true)

  @Test("a comparator by 达到…先进水平, a peak by 达峰, a class by 迈上…台阶")
  func levels() {
    let compared = LevelGoalPatterns.goals(in: "重点企业能耗总体达到国际先进水平", context: Self.goals)
    #expect(compared.first?.metric == "重点企业能耗" && compared.first?.goal.comparator == "国际先进水平")
    let peak = LevelGoalPatterns.goals(in: "全县工业碳排放在2029年前达峰", context: Self.goals)
    #expect(peak.first?.goal.target?.year == 2029 && peak.first?.metric.hasSuffix("达峰") == true)
    let climb = LevelGoalPatterns.goals(in: "纺织服装产业迈上百亿级台阶", context: Self.goals)
    #expect(climb.first?.goal.target?.value == 100 && climb.first?.goal.unit == "亿元")
    #expect(climb.first?.metric == "纺织服装产业")
  }

  @Test("a coverage of what a threshold sorts is still 100%; a figure of its own is no coverage")
  func sortedCoverage() {
    let goals = { (clause: String) -> [GoalCandidate] in
      QualitativeGoalPatterns.goals(
        in: clause[...], context: SentenceContext(year: 2029, inGoals: false))
    }
    let covered = goals("年用水量10万吨以上的重点企业用水在线监测实现全覆盖")
    #expect(covered.first?.goal.target == Figure(value: 100, year: 2029))
    #expect(goals("建成10个监测站点实现全覆盖").isEmpty)
  }

  @Test("outside the goals and without a year of its own, or saying something else: no goal")
  func notLevels() {
    let task = SentenceContext(year: nil, inGoals: false)
    #expect(LevelGoalPatterns.goals(in: "重点企业能耗达到国际先进水平", context: task).isEmpty)
    #expect(LevelGoalPatterns.goals(in: "推动企业对标国际先进水平", context: Self.goals).isEmpty)
    #expect(LevelGoalPatterns.goals(in: "研究制定碳达峰", context: Self.goals).isEmpty)
    #expect(LevelGoalPatterns.goals(in: "产业发展迈上新台阶", context: Self.goals).isEmpty)
  }
}
