import PlanModel
import Testing

@testable import PlanImport

/// The fifteenth held-out set's classes of targets and starting figures that real plans share
/// (the months of a year so far, the year a thing began, a part singled out as the highest or
/// lowest, the counts a task works on, a rhythm of work, a name's words), on other invented
/// passages.
@Suite("Extraction: targets and starting figures from the fifteenth held-out set")
struct FifteenthSetStartingTests {
  @Test("the figures of a year's months so far are starting figures of that year, not goals")
  func monthsSoFar() {
    let plan = draft([
      "辰溪市工业稳增长冲刺行动方案", "辰溪市人民政府办公室", "2026年10月12日",
      "今年以来,全市工业运行总体平稳。1—9月,全市规上工业产值完成512亿元,同比增长5.2%;新增规上工业企业23家。为确保完成全年目标,制定本方案。",
      "一、工作目标", "全年规上工业产值达到700亿元,增长7%以上。",
    ])
    let starting = draftedStartingFigures(plan)
    #expect(starting.contains { $0.value == 512 && $0.year == 2026 })
    #expect(starting.contains { $0.value == 5.2 && $0.year == 2026 })
    #expect(starting.contains { $0.value == 23 && $0.year == 2026 })
    let goals = draftedFigures(plan).map(\.value)
    #expect(!goals.contains(512) && !goals.contains(23))
    #expect(goals.contains(700))
    // A part of the year is not where the year started: no baseline of the year's goals.
    #expect(plan.targets.allSatisfy { $0.goal.baseline?.value != 512 })
    #expect(MonthsSoFar.year(of: "1-11月,全县工业投资增长9%"[...], documentYear: 2025) == 2025)
    #expect(MonthsSoFar.year(of: "2025年前三季度,全县…"[...], documentYear: 2026) == 2025)
    #expect(MonthsSoFar.year(of: "前8个月,全市…"[...], documentYear: 2025) == 2025)
    // Without a comma closing the months, a part of the year may be a goal's stretch.
    #expect(MonthsSoFar.year(of: "1—6月完成投资30亿元"[...], documentYear: 2026) == nil)
    #expect(MonthsSoFar.year(of: "全年新增企业30家"[...], documentYear: 2026) == nil)
  }

  @Test("the year a thing began dates no figure of the report around it")
  func startYears() {
    let plan = draft([
      "柘林高新区发展三年行动方案(2026—2028年)", "一、发展基础",
      "高新区于2019年获批设立,是全市创新发展的主平台。截至2025年底,区内高新技术企业86家;全年实现营业收入320亿元。",
      "二、发展目标", "到2028年,高新技术企业达到150家。",
    ])
    let starting = draftedStartingFigures(plan)
    #expect(starting.contains { $0.value == 320 && $0.year == 2025 })
    #expect(!starting.contains { $0.year == 2019 })
    let text = "园区2018年正式开园,已入驻企业40家"[...]
    let year = NumberUnitParser.years(in: text)[0]
    #expect(StartYears.isStart(year, in: text))
    // A figure the year's clause counts is that year's.
    let counted = "2024年建成国家级绿色工厂5家"[...]
    #expect(!StartYears.isStart(NumberUnitParser.years(in: counted)[0], in: counted))
  }

  @Test("a part singled out as the highest or lowest starts only the goals naming it")
  func partFigures() {
    let plan = draft([
      "榆关市数字化转型三年行动方案(2026—2028年)", "一、发展现状",
      "2025年,全市规上工业企业数字化改造覆盖率为48.5%。分县区看,覆盖率最高的东城区为66.3%。分行业看,纺织业企业数字化改造覆盖率最低,仅为22.4%。",
      "二、发展目标", "到2028年,全市规上工业企业数字化改造覆盖率达到75%,纺织业企业数字化改造覆盖率达到50%。",
    ])
    let whole = plan.targets.first { $0.goal.target?.value == 75 }
    #expect(whole?.goal.baseline?.value != 66.3)
    #expect(whole?.goal.baseline?.value != 22.4)
    let starting = draftedStartingFigures(plan)
    #expect(starting.contains { $0.value == 66.3 && $0.year == 2025 })
    #expect(starting.contains { $0.value == 22.4 && $0.year == 2025 })
    #expect(PartFigures.part(of: "覆盖率最高的东城区为") == "东城区")
    #expect(PartFigures.part(of: "全市纺织业最低") == "纺织业")
    #expect(PartFigures.part(of: "规上工业企业数字化改造覆盖率") == nil)
    #expect(!PartFigures.allows("覆盖率最高的东城区", for: "全市数字化改造覆盖率"))
    #expect(PartFigures.allows("纺织业最低", for: "纺织业企业数字化改造覆盖率"))
  }

  @Test("the count a task works on is a starting figure with no year, not a goal")
  func workedCounts() {
    let plan = draft([
      "青原县工业企业提质行动方案", "青原县人民政府", "2026年3月2日",
      "一、重点任务", "(一)开展精准帮扶",
      "对全县158家规上工业企业实行包联服务,对列入技改项目库的27个项目逐一跟踪,年内推动30家企业开展数字化诊断。",
    ])
    let starting = draftedStartingFigures(plan)
    #expect(starting.contains { $0.value == 158 && $0.year == nil })
    #expect(starting.contains { $0.value == 27 && $0.year == nil })
    let goals = draftedFigures(plan).map(\.value)
    #expect(!goals.contains(158) && !goals.contains(27))
    // Work on a count that is no whole stock nor a list's members is read as before.
    #expect(WorkedCounts.figures(in: "对100家企业开展免费诊断"[...], paragraph: 0).isEmpty)
    #expect(WorkedCounts.figures(in: "对全市46个在建项目实行挂图作战"[...], paragraph: 0).first?.metric == "在建项目")
  }

  @Test("a count of times per week or month is a rule of work; per year an output")
  func workRhythms() {
    func figure(_ clause: Substring) -> FigureReading? {
      NumberUnitParser.figures(in: clause).first { $0.value != nil }
    }
    let weekly = "各专班每周到项目现场调度不少于2次"[...]
    #expect(figure(weekly).map { WorkRhythms.isRhythm($0, in: weekly) } == true)
    let quarterly = "每季度召开1次联席会议"[...]
    #expect(figure(quarterly).map { WorkRhythms.isRhythm($0, in: quarterly) } == true)
    let yearly = "每年举办招商推介活动不少于6次"[...]
    #expect(figure(yearly).map { WorkRhythms.isRhythm($0, in: yearly) } == false)
  }

  @Test("words of a quoted name or a title state no goal")
  func quotedNames() {
    let plan = draft([
      "关于印发《石门县园区污水管网“全覆盖”攻坚方案(2026—2027年)》的通知",
      "石门县园区污水管网“全覆盖”攻坚方案(2026—2027年)",
      "一、工作目标", "到2027年,园区企业污水纳管实现全覆盖。",
    ])
    let covered = plan.targets.filter { $0.goal.target?.value == 100 }
    #expect(covered.count == 1)
    let title = "印发《X“全覆盖”方案》"[...]
    #expect(QuotedNames.encloses(title.range(of: "全覆盖")!, in: title))
    let plain = "企业污水纳管实现全覆盖"[...]
    #expect(!QuotedNames.encloses(plain.range(of: "全覆盖")!, in: plain))
  }

  @Test("a gap to an average or a goal is a starting figure; a gap to a bare region is not")
  func gaps() {
    let plan = draft([
      "松岩市制造业数字化三年行动方案(2026—2028年)", "一、发展现状",
      "2025年,全市工业企业关键工序数控化率为58.2%,低于全省平均水平3.1个百分点;两化融合水平指数为61,高于全国4个百分点。",
      "二、发展目标", "到2028年,全市工业企业关键工序数控化率达到68%。",
    ])
    let starting = draftedStartingFigures(plan)
    #expect(starting.contains { $0.value == 3.1 && $0.year == 2025 })
    #expect(!starting.contains { $0.value == 4 })
    // The gap is a figure of its own: no goal's baseline.
    #expect(plan.targets.allSatisfy { $0.goal.baseline?.value != 3.1 })
    #expect(GapFigures.isNamedGap("同比增长6%,低于年度目标"[...]))
    #expect(!GapFigures.isNamedGap("高于全国"[...]))
  }

  @Test("reaching an average after a goal is that goal's comparator; 居全省前列 a place among the first")
  func averagesAndPlaces() {
    let context = SentenceContext(year: 2028)
    let goals = SpecialGoalPatterns.goals(
      in: "全社会研发投入强度达到2.5%,争取达到全国平均水平"[...], context: context)
    let comparator = goals.first { $0.goal.kind == .comparator }
    #expect(comparator?.metric == "全社会研发投入强度")
    #expect(comparator?.goal.comparator == "全国平均水平")
    #expect(comparator?.goal.target?.year == 2028)
    // A clause with a subject of its own is read as the comparators it states.
    #expect(
      ReachedAverages.goals("增速达到全省平均水平"[...], previous: "产值达到500亿元"[...], context: context)
        .isEmpty)
    let ranks = SpecialGoalPatterns.goals(in: "万人发明专利拥有量居全省前列"[...], context: context)
    #expect(ranks.contains { $0.goal.kind == .rank && $0.metric.hasPrefix("万人发明专利拥有量") })
  }

  @Test("a numbered row's number is no part of its metric")
  func rowNumbers() {
    #expect(MetricText.clean("3.规上工业增加值"[...]) == "规上工业增加值")
    #expect(MetricText.clean("12、园区亩均税收"[...]) == "园区亩均税收")
    #expect(MetricText.leadingListNumber("1.5倍") == nil)
  }
}
