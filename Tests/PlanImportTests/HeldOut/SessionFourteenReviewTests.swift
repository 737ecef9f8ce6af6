import PlanModel
import Testing

@testable import PlanImport

/// The misreadings a review of the twenty-second to twenty-fifth sets' rules found, each on an
/// invented passage: what the rules must not read.
@Suite("Extraction: the review's mends of the twenty-second to twenty-fifth sets' rules")
struct SessionFourteenReviewTests {
  @Test("a part after 其中 is no cluster when it names a change, a place or a tier")
  func partsThatAreNoIndustries() {
    #expect(PartOutputScales.name(of: "新增产值") == nil)
    #expect(PartOutputScales.name(of: "高新区产值") == nil)
    #expect(PartOutputScales.name(of: "经开区营业收入") == nil)
    #expect(PartOutputScales.name(of: "战略性新兴产业产值") == nil)
    #expect(PartOutputScales.name(of: "整车产值") == "整车")
  }

  @Test("a count after an output clause keeps its own metric: no output word is put into it")
  func countsAfterAnOutput() {
    let plan = draft([
      "甲川市制造业集群培育行动方案", "一、发展目标",
      "到2027年，电子信息产业集群营业收入达到300亿元，新培育百亿级产业集群2个。",
    ])
    let count = plan.targets.first { $0.goal.target?.value == 2 }
    #expect(count?.goal.unit == "个")
    #expect(count.map { !$0.metric.contains("营业收入") } ?? false)
    let amount = GoalCandidate(
      metric: "B产业链", goal: Goal(kind: .absolute, direction: .up, unit: "亿元"), sourceText: "")
    #expect(ElidedOutputClauses.isOutputFigure(amount))
    let counted = GoalCandidate(
      metric: "百亿级产业集群", goal: Goal(kind: .absolute, direction: .up, unit: "个"),
      sourceText: "")
    #expect(!ElidedOutputClauses.isOutputFigure(counted))
  }
}

extension SessionFourteenReviewTests {
  @Test("an item titled by a class of clusters names no industry; a modern industry does")
  func sectorTitles() {
    #expect(ClusterItemTitle.industryTitle("先进制造业集群") == nil)
    #expect(ClusterItemTitle.industryTitle("现代服务业集群") == nil)
    #expect(ClusterItemTitle.industryTitle("现代中药子集群") == "现代中药产业")
  }

  @Test("a task chapter on security keeps its units; a 保障措施 chapter's prose gives none")
  func supportChapters() {
    let plan = draft([
      "甲川市能源产业发展行动方案", "一、提升能源安全保障能力",
      "(一)建设储能电站。市能源局要加快新型储能电站建设,到2027年新增储能装机50万千瓦。",
      "二、保障措施", "(一)加强资金保障。市财政局要加快资金拨付进度。",
    ])
    let task = plan.measures.first { $0.title.contains("储能电站") }
    #expect((task?.leadUnits ?? []) + (task?.responsibleUnits ?? []) == ["市能源局"])
    let support = plan.measures.first { $0.title.contains("资金保障") }
    #expect(support != nil && support?.leadUnits == [] && support?.responsibleUnits == [])
  }
}

extension SessionFourteenReviewTests {
  @Test("a line leading from the goals to the means passes no year to the lines under it")
  func meansLeads() {
    #expect(GoalListLines.isGoalLead("主要目标:"))
    #expect(GoalListLines.isGoalLead("到2029年,实现以下目标:"))
    #expect(!GoalListLines.isGoalLead("为实现上述目标,重点实施以下举措:"))
  }

  @Test("在 or 到 alone before a province is no work place; a list or a work verb makes one")
  func workPlaces() {
    func isWorkPlace(_ text: String, _ name: String) -> Bool {
      guard let range = text.range(of: name) else { return false }
      return WorkPlaceMentions.isWorkPlace(text, name: range)
    }
    #expect(!isWorkPlace("力争在江西省率先建成先进制造业基地。", "江西"))
    #expect(isWorkPlace("在北京设立招商联络处。", "北京"))
    #expect(isWorkPlace("在上海、深圳设立驻点招商联络处。", "上海"))
    #expect(isWorkPlace("赴广东开展产业链招商。", "广东"))
    #expect(!isWorkPlace("在上海市委、市政府的领导下。", "上海"))
  }
}

extension SessionFourteenReviewTests {
  static func baseline(_ plan: Plan, of value: Double) -> Double? {
    plan.targets.first { $0.goal.target?.value == value }?.goal.baseline?.value
  }

  @Test("a level and a count of new ones in one sentence: only the level takes the stock")
  func levelBesideNewOnes() {
    let plan = draft([
      "甲川市工业稳增长行动方案", "一、发展目标",
      "2025年全市规上工业企业186家。到2027年，规上工业企业达到300家、新增规上工业企业60家。",
    ])
    #expect(Self.baseline(plan, of: 300) == 186)
    #expect(Self.baseline(plan, of: 60) == nil)
  }

  @Test("a goal leaves its start to a later one only when that one may take it")
  func leavingToAGoalThatMayTakeIt() {
    let plan = draft([
      "甲川市工业稳增长行动方案", "一、发展目标", "2025年全市规上工业企业186家。",
      "到2027年，规上工业企业达到260家。", "到2028年，新增规上工业企业50家。",
    ])
    #expect(Self.baseline(plan, of: 260) == 186)
    #expect(Self.baseline(plan, of: 50) == nil)
  }
}

extension SessionFourteenReviewTests {
  @Test("small words that hold rule words: 家居 no standing, 创新区 no park, 1.5亿元 no 5")
  func wordsInsideWords() {
    #expect(!TopPlaces.standingWords.contains(where: "智能家居产业产值进入前十".contains))
    #expect(TopPlaces.standingWords.contains(where: "稳居全省前三位".contains))
    #expect(ParkScopedStarts.scope("科技创新区研发投入") == nil)
    #expect(ParkScopedStarts.scope("高新区规上工业产值") == .park)
    #expect(ParkScopedStarts.scope("全市规上工业产值") == .region)
    #expect(AmountStepNames.passedAmount("营业收入超1.5亿元企业") == nil)
    #expect(AmountStepNames.passedAmount("营业收入超10亿元企业") == 10)
  }
}

extension SessionFourteenReviewTests {
  @Test("a heading after a table printed one cell a line is no cell of its last row")
  func headingAfterACellTable() {
    #expect(CellLineTable.opensAHeading("三、保障措施"))
    #expect(CellLineTable.opensAHeading("(四)组织实施"))
    #expect(CellLineTable.opensAHeading("第五章 保障措施"))
    #expect(!CellLineTable.opensAHeading("市工业和信息化局"))
    #expect(!CellLineTable.opensAHeading("2027年底前"))
    let lines = [
      "序号", "重点任务", "牵头单位", "完成时限", "1", "建设智能工厂", "市工信局", "2027年",
      "2", "培育链主企业", "市发改委", "三、保障措施",
    ]
    let table = CellLineTable.table(lines, from: 0)
    #expect(table?.0.rows.count == 3)
    #expect(!(table?.0.rows.last?.contains("三、保障措施") ?? true))
    #expect(table?.1 == 11)
  }
}
