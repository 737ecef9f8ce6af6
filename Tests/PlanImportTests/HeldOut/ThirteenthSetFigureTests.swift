import PlanModel
import Testing

@testable import PlanImport

/// How goals and figures are written in the thirteenth held-out set's genres (a 计划报告, a reply
/// to a proposal, a press conference), on other invented passages.
@Suite("Extraction: goals and figures from the thirteenth held-out set")
struct ThirteenthSetFigureTests {
  static func tiers(_ plan: Plan) -> [(String, Double?)] {
    plan.ladders.flatMap(\.tiers).map { (PlanTextCharacters.unquoted($0.name), $0.target?.value) }
  }

  @Test("a graded task's counts of enterprise tiers are a ladder, each step its count")
  func ladderOfCounts() {
    let plan = draft([
      "甲江县2027年工业工作要点", "一、重点工作", "(一)培育企业梯队",
      "实施企业梯次培育工程,年内新增科技型中小企业80家、市级专精特新中小企业25家、省级专精特新“小巨人”企业3家,力争新增单项冠军企业1家。",
    ])
    let tiers = Self.tiers(plan)
    #expect(tiers.map(\.0) == ["科技型中小企业", "市级专精特新中小企业", "省级专精特新小巨人企业", "单项冠军企业"])
    #expect(tiers.map(\.1) == [80, 25, 3, 1])
    #expect(LadderCounts.tierName("力争新增制造业单项冠军企业") == "制造业单项冠军企业")
    #expect(LadderCounts.tierName("培训企业家") == nil)
    // Without a grading word, or with counts of no tier, the counts stay goals.
    let plain = draft([
      "乙山县2027年工业工作要点", "一、重点工作", "(一)培育企业",
      "年内新增科技型中小企业80家、市级专精特新中小企业25家、省级专精特新“小巨人”企业3家。",
    ])
    #expect(plain.ladders.isEmpty)
    let others = draft([
      "丙河县2027年工业工作要点", "一、重点工作", "(一)培育企业",
      "实施梯次培育工程,年内新增规上工业企业40家、民营企业120家、外资企业5家。",
    ])
    #expect(others.ladders.isEmpty)
  }

  @Test("a quoted list of upgrades a grading word closes is a ladder of those upgrades")
  func ladderOfUpgradeLinks() {
    #expect(
      LadderLinkLists.steps(in: "深化“个转企、小升规、规改股、股上市”四级梯度培育")
        == ["个转企", "小升规", "规改股", "股上市"])
    #expect(LadderLinkLists.steps(in: "持续推进“个转企、小升规、规改股、股上市”") == nil)
    #expect(LadderLinkLists.steps(in: "“强链、补链、延链”三级梯度") == nil)
    // Links that join name their tiers instead.
    #expect(LadderPhrasings.steps(in: "实施“小升规、规升高、高升专、专升巨”梯度培育工程")?.first == "规上工业企业")
    #expect(LadderLinkLists.step(for: "食品企业上市", among: ["个转企", "小升规", "股上市"]) == "股上市")
    #expect(LadderLinkLists.step(for: "食品上市", among: ["个转企", "股上市"]) == nil)
    let plan = draft([
      "丁平县民营经济发展三年行动方案(2026—2028年)", "一、重点任务", "(一)完善企业梯度培育",
      "深化“个转企、小升规、规改股、股上市”梯度培育,三年累计推动个转企30家、小升规25家、规改股6家,力争2家企业上市。",
    ])
    let tiers = Self.tiers(plan)
    #expect(tiers.map(\.0) == ["个转企", "小升规", "规改股", "股上市"])
    #expect(tiers.map(\.1) == [30, 25, 6, 2])
  }

  @Test("a step counted in the ladder's sentence and, undated, elsewhere: the ladder's count")
  func stepSentences() {
    func count(_ value: Double, year: Int?, _ text: String) -> GoalCandidate {
      GoalCandidate(
        metric: "小升规",
        goal: Goal(
          kind: .count, direction: .up, unit: "家", target: Figure(value: value, year: year)),
        sourceText: text)
    }
    let ladder = "深化“个转企、小升规、规改股”梯度培育,三年累计推动个转企30家、小升规25家、规改股6家"
    let own = count(25, year: 2028, "三年累计推动个转企30家、小升规25家、规改股6家")
    let done = count(20, year: nil, "近三年累计推动小升规企业20家")
    #expect(StepSentences.prefers(own, over: done, ladders: [ladder]))
    #expect(!StepSentences.prefers(done, over: own, ladders: [ladder]))
    #expect(
      !StepSentences.prefers(own, over: count(22, year: 2027, "2027年小升规22家"), ladders: [ladder]))
  }

  @Test("outputs shared out by 分别 to the industries a list counted before: their scales")
  func listedOutputs() {
    let plan = draft([
      "戊城市先进制造业发展三年行动计划(2026—2028年)", "一、发展目标",
      "着力做强新材料、电子元件、食品加工三大主导产业,到2028年产值分别达到300亿元、200亿元和150亿元。",
      "二、重点任务", "(一)壮大家电产业",
      "围绕智能家居、厨房电器、照明灯具三个细分领域,到2028年,智能家居、厨房电器、照明灯具产值分别达到40亿元、30亿元和20亿元。",
    ])
    let scales = Dictionary(
      plan.clusters.map { ($0.name, $0.scale?.value) }, uniquingKeysWith: { a, _ in a })
    #expect(scales["新材料"] == .some(300))
    #expect(scales["食品加工"] == .some(150))
    #expect(scales["智能家居"] == .some(40))
    #expect(scales["照明灯具"] == .some(20))
    #expect(!draftedFigures(plan).contains { [300, 150, 40, 20].contains($0.value) })
    // Names that no counted list gave keep their own metrics.
    #expect(ListedOutputNames.names(head: "工业增加值、营业收入和利润"[...], previous: nil) == nil)
    #expect(
      ListedOutputNames.names(head: "到2028年产值"[...], previous: "做强A、B两个产业"[...]) == nil)
  }

  @Test("a name holding 及 in a 分别 list: parted at 、 when that pairs the figures")
  func namesHoldingAnd() {
    let starting = BaselinePatterns.figures(
      in: "装备制造及配件、纺织服装、食品加工产业营业收入分别达到120亿元、80亿元和60亿元"[...], year: 2026)
    #expect(starting.map(\.value) == [120, 80, 60])
    #expect(starting.first?.metric.hasPrefix("装备制造及配件") == true)
    #expect(
      JoinedNames.names(["甲", "乙", "丙"], head: "甲及乙、丙"[...], count: 3) == ["甲", "乙", "丙"])
  }

  @Test("figures stated as they are with 分别为, after a report: that report's year")
  func statedAsIs() {
    let plan = draft([
      "己川县工业发展三年行动方案(2026—2028年)", "一、发展基础",
      "2025年,全县规上工业产值达到300亿元。纺织、机械、食品三大主导产业产值分别为120亿元、90亿元和50亿元,支撑作用明显。",
      "二、发展目标", "到2028年,全县规上工业产值突破420亿元。",
    ])
    let starting = plan.baselineIndicators.map { ($0.baseline.value, $0.baseline.year) }
    #expect(starting.contains { $0.0 == 120 && $0.1 == 2025 })
    #expect(starting.contains { $0.0 == 50 && $0.1 == 2025 })
    #expect(StatedAsIs.continuesReport("A、B产值分别为12亿元、9亿元"[...]))
    #expect(!StatedAsIs.continuesReport("A、B产值力争分别为12亿元、9亿元"[...]))
    #expect(!StatedAsIs.continuesReport("A、B产值分别达到12亿元、9亿元"[...]))
  }

  @Test("a round figure passed right after the exact one says it again")
  func passedFigures() {
    let passed = BaselinePatterns.figures(in: "全县工业投资达到512亿元,首次突破500亿元"[...], year: 2025)
    #expect(passed.map(\.value) == [512])
    let alone = BaselinePatterns.figures(in: "全县工业投资首次突破500亿元"[...], year: 2025)
    #expect(alone.map(\.value) == [500])
    let other = BaselinePatterns.figures(in: "全县工业投资达到512亿元,首次突破600家"[...], year: 2025)
    #expect(other.count == 2)
  }

  @Test("no goal in a technology joined by +, a subsidy's rate or a change restating a share")
  func figuresThatAreNoGoals() {
    let context = SentenceContext(year: 2028)
    let tech = TargetPatterns.goals(in: "培育“5G+智慧工厂”示范场景12个"[...], context: context)
    #expect(tech.map(\.goal.unit) == ["个"])
    #expect(TargetPatterns.goals(in: "按技改设备投资的12%给予奖励"[...], context: context).isEmpty)
    #expect(!TargetPatterns.goals(in: "技改投资占工业投资比重提高到12%"[...], context: context).isEmpty)
    #expect(
      AwardRates.isRate(NumberUnitParser.figures(in: "按贷款额的2%给予贴息"[...])[0], in: "按贷款额的2%给予贴息"))
    let share = TargetPatterns.goals(
      in: "到2028年,规上工业企业研发投入强度达到2.8%,比2025年提高0.5个百分点"[...], context: context)
    #expect(share.map(\.goal.target?.value) == [2.8])
    let own = TargetPatterns.goals(
      in: "到2028年,研发投入强度达到2.8%,数字经济占比比2025年提高5个百分点"[...], context: context)
    #expect(own.count == 2)
  }

  @Test("units in a closing sentence with 会同 or charged by their duties")
  func closingUnits() {
    expectUnitNotes([
      (
        "(二)强化人才支撑。建设实训基地3个。由市人社局牵头,会同市教育局、市科技局组织实施。", ["市人社局"],
        ["市教育局", "市科技局"]
      ),
      ("(三)加强资金保障。设立专项资金。市发展改革委、市财政局按职责分工负责。", [], ["市发展改革委", "市财政局"]),
      ("(四)强化宣传。营造良好氛围。龙头企业、行业协会按职责分工负责。", [], []),
      ("关于您提出的培训技工的建议。下一步,我们将会同县教育局建立实训基地,每年培训技工500人次。", [], ["县教育局"]),
    ])
    #expect(JoinedPartners.writerPartners("我们将会同市发展改革委员会研究制定配套政策"[...]) == "市发展改革委员会")
    #expect(JoinedPartners.writerPartners("我局会同市财政局、市税务局开展调研"[...]) == "市财政局、市税务局")
    #expect(JoinedPartners.writerPartners("我们将会同有关部门研究"[...]) == nil)
    #expect(JoinedPartners.partners("会同县商务局组织实施"[...]) == "县商务局")
    #expect(JoinedPartners.partners("会同有关部门研究制定政策"[...]) == nil)
  }

  @Test("goals without a number: a grade to keep, a goal an upper level sets")
  func unnumberedGoals() {
    let context = SentenceContext(year: 2027)
    let kept = UnnumberedGoals.goals(in: "园区安全风险等级保持C级"[...], context: context)
    #expect(kept.map(\.metric) == ["园区安全风险等级"])
    #expect(kept.first?.goal.direction == .keep && kept.first?.goal.target?.year == 2027)
    #expect(UnnumberedGoals.goals(in: "安全生产形势保持稳定"[...], context: context).isEmpty)
    let set = UnnumberedGoals.goals(in: "单位工业增加值能耗降低完成市下达目标任务"[...], context: context)
    #expect(set.map(\.metric) == ["单位工业增加值能耗降低"])
    #expect(set.first?.goal.direction == .down)
    #expect(UnnumberedGoals.goals(in: "全面完成市下达目标任务"[...], context: context).isEmpty)
    let extent = UnnumberedGoals.goals(in: "单位工业增加值能耗下降幅度完成省下达任务"[...], context: context)
    #expect(extent.map(\.metric) == ["单位工业增加值能耗下降幅度"])
    // Two things at once are left alone; 增加 in 增加值 moves nothing.
    #expect(UnnumberedGoals.goals(in: "能耗和二氧化碳排放降低完成省下达任务"[...], context: context).isEmpty)
    let special = SpecialGoalPatterns.goals(in: "单位工业增加值能耗下降完成市下达目标任务"[...], context: context)
    #expect(special.map(\.metric) == ["单位工业增加值能耗下降"])
  }
}

/// The year a clause or sentence without one of its own takes.
@Suite("Extraction: years of clauses from the thirteenth held-out set")
struct ThirteenthSetYearTests {
  static func year(of value: Double, in plan: Plan) -> Int?? {
    draftedFigures(plan).first { $0.value == value }.map(\.year)
  }

  @Test("a 其中 clause's year dates that part alone, not the clauses after it")
  func partYears() {
    let plan = draft([
      "庚水县工业用地提质增效三年行动方案(2026—2028年)", "一、重点任务", "(一)盘活存量用地",
      "三年盘活低效工业用地1500亩,其中2026年盘活500亩;建设标准厂房示范项目6个。",
    ])
    #expect(Self.year(of: 1500, in: plan) == .some(2028))
    #expect(Self.year(of: 500, in: plan) == .some(2026))
    #expect(Self.year(of: 6, in: plan) != .some(2026))
    #expect(
      PartYears.pieces(of: "三年盘活1500亩,其中2026年盘活500亩;建设项目6个"[...]).map(String.init) == [
        "三年盘活1500亩,", "其中2026年盘活500亩", "建设项目6个",
      ])
    #expect(PartYears.pieces(of: "其中新开工项目35个"[...]).count == 1)
  }

  @Test("a sentence opening with another industry takes no year from the one before")
  func subjectYears() {
    let plan = draft([
      "辛山区新兴产业培育方案", "一、重点任务", "(一)培育新兴产业",
      "新能源产业重点发展光伏组件、储能电池,到2028年产值达到80亿元,引进配套企业10家。智能制造产业聚焦工业机器人、数控机床,建设中试基地2个。",
    ])
    #expect(Self.year(of: 10, in: plan) == .some(2028))
    #expect(Self.year(of: 2, in: plan) != .some(2028))
    var years = YearContext(reference: 2026)
    years.startParagraph(key: nil, carries: false)
    years.startSentence(subject: "新能源")
    #expect(
      years.year(for: "到2028年产值达到80亿元", key: nil, carries: false, headingYear: nil).year == 2028)
    years.startSentence(subject: "新能源")
    #expect(years.year(for: "建设基地2个", key: nil, carries: false, headingYear: nil).year == 2028)
    years.startSentence(subject: "智能制造")
    #expect(years.year(for: "建设基地2个", key: nil, carries: false, headingYear: nil).year == nil)
  }
}
