import PlanModel
import Testing

@testable import PlanImport

/// The families of phrasing the fourth, blind held-out set (branch i12-ho4) showed, each tried
/// on passages of invented regions in several forms (none of them a held-out document's
/// sentence).
@Suite("Extraction: families from the fourth held-out set")
struct FourthSetFamilyTests {
  func plan(_ body: [String], goals: [String] = ["到2028年,全县工业增加值达到180亿元。"]) -> Plan {
    let lines =
      ["庚县人民政府办公室", "庚县制造业提质三年行动方案(2026—2028年)", "一、主要目标"] + goals + ["二、重点任务"]
      + body
    return draft(lines)
  }

  func goals(_ plan: Plan) -> [Goal] {
    plan.targets.map(\.goal) + plan.indicators.map(\.goal)
  }

  @Test("a goal's bracketed starting figure, in any of its forms, is its baseline, not its year")
  func bracketForms() throws {
    let forms: [(String, Double)] = [
      ("(2025年为41%)", 41), ("(2025年:41.5%)", 41.5), ("(2025年预计为39%)", 39),
      ("(2025年38%)", 38), ("(2025年约为40%)", 40),
    ]
    for (bracket, start) in forms {
      let plan = plan(
        [], goals: ["到2028年,全县制造业转型取得明显成效。工业设备联网率达到70%以上\(bracket),企业研发投入较2025年增长30%。"])
      let rate = try #require(goals(plan).first { $0.target?.value == 70 })
      #expect(rate.target?.year == 2028, "\(bracket)")
      #expect(rate.baseline?.value == start, "\(bracket)")
      #expect(rate.baseline?.year == 2025, "\(bracket)")
      let growth = try #require(goals(plan).first { $0.target?.value == 30 })
      #expect(growth.target?.year == 2028, "\(bracket)")
      #expect(!goals(plan).contains { $0.target?.value == start }, "\(bracket)")
    }
  }

  @Test("`(2025年分别为A、B、C)` after several goals gives each its starting figure in order")
  func seriesBracket() throws {
    for link in ["分别为", "分别是"] {
      let plan = plan([
        "1.推进绿色工厂梯度建设。到2028年,累计创建县级绿色车间60个、市级绿色工厂25家,争创国家级绿色工厂3家(2025年\(link)32个、11家、1家)。(牵头单位:县工信局)"
      ])
      let all =
        goals(plan).map { ($0.target, $0.baseline) }
        + plan.ladders.flatMap(\.tiers).map { ($0.target, $0.baseline) }
      for (goal, start) in [(60.0, 32.0), (25, 11), (3, 1)] {
        let drafted = try #require(all.first { $0.0?.value == goal }, "\(link) \(goal)")
        #expect(drafted.1?.value == start)
        #expect(drafted.1?.year == 2025)
        #expect(drafted.0?.year == 2028)
      }
      #expect(!all.contains { [32, 11].contains($0.0?.value ?? 0) })
    }
    // A series whose units differ from the goals' is no one's baseline.
    let notes = BracketBaseline.notes(in: "达到60个、25家(2025年分别为32亿元、11亿元)"[...])
    #expect(notes.count == 1)
    #expect(notes.first?.entries.count == 2)
    // Words in the brackets besides the figures: no note.
    #expect(BracketBaseline.notes(in: "达到60个(2025年全省平均为32个)"[...]).isEmpty)
    #expect(BracketBaseline.notes(in: "达到60个、25家(2025年分别为32个,其中11家)"[...]).isEmpty)
  }

  @Test("units named in a sentence of their own, or in 【…】")
  func unitSentences() {
    let cases: [(String, [String], [String])] = [
      ("对新认定的市级技术中心给予奖励。本条由县科技局负责。", [], ["县科技局"]),
      ("每年开展一次评价。本项由县发改局牵头,县统计局、县税务局配合。", ["县发改局"], ["县统计局", "县税务局"]),
      ("设立专项资金。此项工作由县财政局负责,各乡镇参与。", ["县财政局"], ["各乡镇"]),
      ("建立企业服务专员制度。由县营商办牵头,县工信局协同。", ["县营商办"], ["县工信局"]),
      ("本条由县委组织部(人才办)负责。", [], ["县委组织部(人才办)"]),
      ("推进园区改造。【牵头单位:县住建局;责任单位:各镇(街道)人民政府】", ["县住建局"], ["各镇(街道)人民政府"]),
    ]
    expectUnitNotes(cases)
    // A sentence saying what a unit does is no note.
    for text in [
      "由县财政局负责资金保障。", "本条由县科技局负责解释。", "由县工信局牵头制定实施细则,各部门配合。",
      "本条由县发改局牵头,县统计局定期通报进展。",
    ] {
      #expect(UnitNotes.read(text).isEmpty, "\(text)")
    }
  }

  @Test("an article's unit sentence gives its measure its units")
  func articleUnits() throws {
    let plan = plan([
      "1.支持企业技术改造。对设备投资额超过2000万元的项目给予补助。本条由县工信局牵头,县财政局配合。",
      "2.强化用地保障。优先保障先进制造业项目用地。本条由县自然资源局负责。",
    ])
    let first = try #require(plan.measures.first { $0.title == "支持企业技术改造" })
    #expect(first.leadUnits == ["县工信局"])
    #expect(first.responsibleUnits == ["县财政局"])
    let second = try #require(plan.measures.first { $0.title == "强化用地保障" })
    #expect(second.leadUnits.isEmpty)
    #expect(second.responsibleUnits == ["县自然资源局"])
  }

  @Test("`由2024年的X增加到Y`: X is the goal's starting figure with its year, Y the goal")
  func changeFromTo() throws {
    let cases: [(String, Double, Double, Int?, String)] = [
      ("到2028年,年产值超5亿元企业由2025年的6家增加到15家。", 6, 15, 2025, "家"),
      ("到2028年,高新技术企业由2025年底的120家增至200家以上。", 120, 200, 2025, "家"),
      ("到2028年,园区亩均税收由2025年的21.5万元提高到28万元。", 21.5, 28, 2025, "万元/亩"),
      ("到2028年,工业固废综合利用率从82%提升至90%。", 82, 90, nil, "%"),
    ]
    for (sentence, start, target, year, unit) in cases {
      let plan = plan([], goals: [sentence])
      let goal = try #require(goals(plan).first { $0.target?.value == target }, "\(sentence)")
      #expect(goal.target?.year == 2028, "\(sentence)")
      #expect(goal.unit == unit, "\(sentence)")
      #expect(goal.baseline?.value == start, "\(sentence)")
      #expect(goal.baseline?.year == year, "\(sentence)")
      #expect(!goals(plan).contains { $0.target?.value == start }, "\(sentence)")
      #expect(!plan.baselineIndicators.contains { $0.baseline.value == target })
    }
    // Two figures with a change verb but no `由`/`从`: two goals, as before.
    let clause = "产值达到50亿元增加到"[...]
    #expect(ChangeStart.pairs(in: clause, figures: NumberUnitParser.figures(in: clause)).isEmpty)
    let different = "由2025年的6家增加到15%"[...]
    #expect(
      ChangeStart.pairs(in: different, figures: NumberUnitParser.figures(in: different)).isEmpty)
  }

  @Test("a support policy's conditions and ceilings are no goals; its article's goals still are")
  func policyConditions() throws {
    let plan = plan([
      "1.鼓励企业做大做强。对年产值首次突破5亿元、20亿元的制造业企业,分别给予30万元、80万元奖励。对年度产值增速超过15%且增量超过5000万元的规上企业,按增量的0.5%给予奖励,单个企业最高50万元。到2028年,全县年产值超10亿元企业达到12家。",
      "2.推动节能改造。对年节能量300吨标准煤以上的改造项目,按每吨标准煤200元给予补助,最高补助100万元;次年能耗强度下降5%以上的,再给予10万元奖励。到2028年,规上工业单位增加值能耗较2025年下降10%。",
      "3.盘活存量用地。对企业在自有工业用地上加层改造提高容积率的,不再增收土地价款。到2028年,累计盘活低效工业用地800亩。",
    ])
    let values =
      goals(plan).compactMap(\.target?.value)
      + plan.measures.flatMap(\.outputs).compactMap(\.figure.value)
    for condition in [5.0, 20, 15, 5000, 50, 300, 100] {
      #expect(!values.contains(condition), "\(condition)")
    }
    #expect(values.contains(12))
    #expect(values.contains(10))
    #expect(values.contains(800))
    let sources = plan.targets.map(\.source.text) + plan.indicators.map(\.source.text)
    #expect(!sources.contains { $0?.contains("提高容积率的") == true })
    // A clause opened by 对标 or a goal with no 的 after its figure is still a goal.
    for (clause, excluded) in [
      ("对标先进地区,园区亩均税收达到35万元", false), ("开发区每年安排不少于5000万元专项资金", false),
      ("对营业收入超10亿元的企业", true), ("增长10%以上的", true), ("单个项目最高给予800万元", true),
    ] {
      let text = clause[...]
      let figure = try #require(NumberUnitParser.figures(in: text).first)
      #expect(PolicyConditions.excludes(figure, in: text) == excluded, "\(clause)")
    }
  }

  @Test("倍增 in a name is no doubling goal; an ordinal (第4项) counts nothing")
  func doublingNamesAndOrdinals() {
    let plan = plan(
      [
        "(一)实施龙头企业倍增工程(第1—2项)",
        "1.壮大龙头企业。成立县制造业倍增行动领导小组,设立制造业倍增专项资金,将倍增目标任务分解到各镇。",
        "2.加大研发投入。实施规上企业研发投入倍增计划。",
      ],
      goals: ["到2028年,全县规上工业营业收入较2025年实现倍增,突破400亿元。"])
    let doublings = goals(plan).filter { $0.unit == "倍" }
    #expect(doublings.count == 2)
    #expect(!goals(plan).contains { $0.unit == "项" })
    for rest in ["", "以上", ",突破400亿元"] {
      #expect(SpecialGoalPatterns.closesGoal(rest[...], after: "营业收入实现"[...]), "\(rest)")
    }
    for rest in ["行动计划", "专项资金", "工程", "目标任务"] {
      #expect(!SpecialGoalPatterns.closesGoal(rest[...], after: "制造业"[...]), "\(rest)")
    }
    #expect(SpecialGoalPatterns.closesGoal("计划"[...], after: "实施研发投入"[...]))
    #expect(!SpecialGoalPatterns.closesGoal("计划"[...], after: "实施工业"[...]))
  }

  @Test("`上述三类企业分别达到…` gives a ladder's steps their counts in order")
  func referencedSteps() throws {
    for phrase in ["上述三类企业分别达到", "三个层级企业分别达到", "以上企业分别达到"] {
      let plan = plan([
        "1.培育优质企业。建立“科技型中小企业—高新技术企业—瞪羚企业”梯度培育体系。到2028年,\(phrase)300家、90家和12家以上。(牵头单位:县科技局)"
      ])
      let tiers = try #require(plan.ladders.first?.tiers, "\(phrase)")
      #expect(tiers.map { $0.target?.value } == [300, 90, 12], "\(phrase)")
    }
    // A count of one named thing is no step's; nor are counts fewer than the steps.
    #expect(!ReferencedSteps.isReference("规上工业企业"))
    #expect(ReferencedSteps.isReference("上述四类企业"))
    let plan = plan([
      "1.培育优质企业。建立“科技型中小企业—高新技术企业—瞪羚企业”梯度培育体系。到2028年,上述企业分别达到300家、90家。"
    ])
    #expect(plan.ladders.first?.tiers.allSatisfy { $0.target == nil } == true)
  }

  @Test("a table with a row per year and a column per indicator: each cell a goal of its year")
  func yearRowTable() throws {
    let text = """
      庚县人民政府办公室
      庚县制造业提质三年行动方案(2026—2028年)
      一、主要目标
      到2028年,全县规上工业营业收入突破300亿元。分年度目标如下。
      年份          规上工业营业收入    技改投资    规上企业数
                    (亿元)              (亿元)      (家)
      2025年(基期)  190                 21          140
      2026年        220                 25          155
      2027年        260                 30          170
      2028年        300以上             36          185
      二、重点任务
      1.推进技术改造。每年实施技改项目50个以上。(牵头单位:县工信局)
      """
    let document = try PlainTextReader.read(Array(text.utf8), path: "庚县.txt")
    let plan = PlanDrafter().draft(document)
    let figures = goals(plan).compactMap { goal in
      goal.target.map { ($0.value, $0.year, goal.unit) }
    }
    for (value, year, unit) in [
      (220.0, 2026, "亿元"), (260, 2027, "亿元"), (25, 2026, "亿元"), (36, 2028, "亿元"),
      (155, 2026, "家"), (185, 2028, "家"),
    ] {
      #expect(figures.contains { $0.0 == value && $0.1 == year && $0.2 == unit }, "\(value)")
    }
    // The base row states no goal; 300以上 is the text's goal, not filed twice.
    #expect(!figures.contains { [190.0, 21, 140].contains($0.0 ?? 0) })
    #expect(figures.filter { $0.0 == 300 }.count == 1)
    let cells = YearRowTableGoals.cell(["2028年", "300以上"], 1)
    #expect(cells?.value == 300)
    #expect(cells?.qualifiers == ["以上"])
    #expect(YearRowTableGoals.year("2025年(基期)")?.base == true)
    #expect(YearRowTableGoals.year("合计") == nil)
  }

  @Test("a 责任分工 item naming tasks by number (第1—2项) gives them its units, no measure of its own")
  func taskItemRanges() throws {
    let plan = plan([
      "(一)壮大主导产业",
      "1.新能源装备产业。推进整机项目建设。",
      "2.精细化工产业。推进园区扩区。",
      "(二)培育市场主体",
      "3.培育专精特新企业。建立培育库。",
      "三、责任分工",
      "1.壮大主导产业(第1—2项)。牵头单位:县工信局;配合单位:县发改局。",
      "2.培育市场主体(第3项)。牵头单位:县科技局;配合单位:县市场监管局。",
    ])
    for title in ["新能源装备产业", "精细化工产业"] {
      let measure = try #require(plan.measures.first { $0.title == title })
      #expect(measure.leadUnits == ["县工信局"], "\(title)")
      #expect(measure.responsibleUnits == ["县发改局"], "\(title)")
    }
    let third = try #require(plan.measures.first { $0.title == "培育专精特新企业" })
    #expect(third.leadUnits == ["县科技局"])
    #expect(!plan.measures.contains { $0.title.contains("第1—2项") })
    #expect(TaskItemRange.numbers(in: "A(第2、5项)") == [2, 5])
    #expect(TaskItemRange.numbers(in: "A(第1-3项)") == [1, 2, 3])
    #expect(TaskItemRange.numbers(in: "推进技术改造") == nil)
    #expect(TaskItemRange.number(ofKey: "二(一)12") == 12)
    #expect(TaskItemRange.number(ofKey: "二(一)") == nil)
  }

  @Test("a schedule of awards per enterprise tier is no ladder; the same tiers cultivated are")
  func awardScheduleIsNoLadder() {
    // The fourth set's form: a title that grades nothing (`支持企业专精特新发展`). Under a title
    // of graded cultivation (`支持企业梯度成长`) the schedule names a ladder's steps, convention C
    // (session 17: `RewardScheduleLadderTests`).
    let awarded = plan([
      "1.支持企业专精特新发展。对新认定的国家级专精特新“小巨人”企业、省级专精特新中小企业、创新型中小企业,分别给予80万元、20万元、3万元奖励。"
    ])
    #expect(awarded.ladders.isEmpty)
    let cultivated = plan([
      "1.支持企业梯度成长。培育国家级专精特新“小巨人”企业、省级专精特新中小企业、创新型中小企业,分别达到5家、40家、120家。"
    ])
    #expect(!cultivated.ladders.isEmpty)
    #expect(PolicyConditions.namesRewarded("对新认定的企业"[...], in: "对新认定的企业,给予奖励"[...]))
    #expect(!PolicyConditions.namesRewarded("对标先进"[...], in: "对标先进,给予奖励"[...]))
  }

  @Test("`在2025年X的基础上,到2028年…`: X is the starting figure of the sentence's goal of its unit")
  func foundationFigure() throws {
    for opening in ["在2025年全县工业增加值132亿元的基础上", "在2025年工业增加值132亿元基础上"] {
      let plan = plan([], goals: ["\(opening),到2028年,全县工业增加值突破180亿元,年均增长11%以上。"])
      let goal = try #require(goals(plan).first { $0.target?.value == 180 }, "\(opening)")
      #expect(goal.baseline?.value == 132, "\(opening)")
      #expect(goal.baseline?.year == 2025, "\(opening)")
      #expect(goal.target?.year == 2028, "\(opening)")
      #expect(goals(plan).first { $0.target?.value == 11 }?.baseline == nil)
    }
    #expect(FoundationFigure.figures(in: "在巩固132亿元规模的同时,到2028年突破180亿元"[...]).isEmpty)
  }
}
