import PlanModel
import Testing

@testable import PlanImport

/// A table of tiers headed by a compound label and a base year's column, its rows' names
/// closed by a level in brackets; a count of new ones or of candidates for a tier — invented
/// passages.
@Suite("Extraction: a table of tiers with a base year's column")
struct TierTableBaseColumnTests {
  static func tiers(_ plan: Plan) -> [(name: String, count: Double?, baseline: Double?)] {
    plan.ladders.flatMap(\.tiers).map {
      (PlanTextCharacters.unquoted($0.name), $0.target?.value, $0.baseline?.value)
    }
  }

  @Test("header labels and year columns of a table of tiers, in several wordings")
  func headers() {
    for label in ["梯队", "梯度层级", "培育梯队", "梯队名称", "企业层级"] {
      #expect(TierTableHeaders.isNameLabel(label), "\(label)")
    }
    for label in ["类别", "指标名称", "序号", "梯度培育工作任务说明", "2025年"] {
      #expect(!TierTableHeaders.isNameLabel(label), "\(label)")
    }
    #expect(TierTableHeaders.column("2028年")?.year == 2028)
    #expect(TierTableHeaders.column("2028年")?.isBase == false)
    for base in ["2026年（基数）", "2026年(基期)", "2026年基数", "2026年现状值", "2026年(基准年)"] {
      #expect(TierTableHeaders.column(base)?.year == 2026, "\(base)")
      #expect(TierTableHeaders.column(base)?.isBase == true, "\(base)")
    }
    for other in ["2026年标准", "2026年(目标)", "年度", "基数"] {
      #expect(TierTableHeaders.column(other) == nil, "\(other)")
    }
    #expect(
      YearColumnRows.yearColumns("梯度层级\t2026年（基数）\t2027年\t2028年")
        == [2026, 2027, 2028])
    #expect(YearColumnRows.yearColumns("指标名称\t2026年（基数）\t2028年") == nil)
    #expect(TierTableHeaders.baseYear("培育梯队\t2025年(基期)\t2026年\t2027年") == 2025)
    #expect(TierTableHeaders.baseYear("梯队\t2025年\t2027年") == nil)
  }

  @Test("the base year's column gives the starting counts, the last column the steps' counts")
  func baseColumn() {
    // The base year is the plan's first year: marked so, it is still the starting count.
    let plan = draft([
      "甲溪区优质中小企业梯度培育方案(2026—2028年)", "一、培育目标",
      "表1 优质中小企业梯度培育目标(单位:家)",
      "梯度层级\t2026年(基数)\t2027年\t2028年",
      "创新型中小企业\t300\t380\t460",
      "专精特新中小企业(省级)\t90\t110\t130",
      "专精特新“小巨人”企业(国家级)\t6\t8\t11",
    ])
    let tiers = Self.tiers(plan)
    #expect(tiers.map(\.count) == [460, 130, 11])
    #expect(tiers.map(\.baseline) == [300, 90, 6])
    #expect(plan.ladders.flatMap(\.tiers).allSatisfy { $0.baseline?.year == 2026 })
    // The middle year is a target of its own, taking no baseline.
    let middle = plan.targets.filter { $0.goal.target?.year == 2027 }
    #expect(middle.map { $0.goal.target?.value } == [380, 110, 8])
    #expect(middle.allSatisfy { $0.goal.baseline == nil })
  }

  @Test("a table counting the steps of a ladder the text names is that ladder, not another")
  func tableOfNamedLadder() {
    let plan = draft([
      "乙山市专精特新企业培育方案(2026—2028年)", "一、培育目标",
      "构建“创新型中小企业—专精特新中小企业—专精特新‘小巨人’企业—制造业单项冠军企业”梯度培育体系。",
      "表1 培育年度目标(单位:家)",
      "培育梯队\t2025年（基数）\t2026年\t2028年",
      "创新型中小企业\t400\t500\t700",
      "专精特新中小企业\t120\t150\t200",
      "专精特新“小巨人”企业\t9\t12\t18",
      "二、重点任务",
      "(一)推动单项冠军企业培育。支持企业深耕细分市场,力争到2028年新增制造业单项冠军企业2家。",
    ])
    #expect(plan.ladders.count == 1)
    // The task's new ones are its output, not the step's count (convention E: increments
    // stated outside the ladder's paragraph count no step).
    #expect(Self.tiers(plan).map(\.count) == [700, 200, 18, nil])
    #expect(plan.measures.flatMap(\.outputs).contains { $0.figure.value == 2 })
    #expect(Self.tiers(plan).map(\.baseline).prefix(3) == [400, 120, 9])
  }

  @Test("a step's level in a table before a task's count of new ones of it")
  func levelBeforeIncrement() {
    let plan = draft([
      "丙江区优质企业培育方案(2027—2029年)", "一、培育目标",
      "围绕“创新型中小企业—专精特新中小企业—制造业单项冠军企业”三个梯度开展培育。",
      "表1 年度目标(单位:家)",
      "梯队\t2026年（基数）\t2027年\t2029年",
      "创新型中小企业\t200\t260\t400",
      "专精特新中小企业\t50\t60\t90",
      "制造业单项冠军企业\t1\t1\t3",
      "二、培育路径",
      "(一)培育单项冠军。力争到2029年新增省级制造业单项冠军企业2家。",
    ])
    #expect(Self.tiers(plan).map(\.count) == [400, 90, 3])
    // The task's count of new ones stays the task's output.
    #expect(plan.measures.flatMap(\.outputs).contains { $0.figure.value == 2 })
  }

  @Test("a count of new ones, read with or without the word in its metric")
  func increments() {
    let goal = { (metric: String, source: String) in
      GoalCandidate(
        metric: metric,
        goal: Goal(kind: .count, direction: .up, unit: "家", target: Figure(value: 3)),
        sourceText: source)
    }
    #expect(IncrementCounts.isIncrement(goal("制造业单项冠军企业", "力争到2029年新增国家级制造业单项冠军企业3家")))
    #expect(IncrementCounts.isIncrement(goal("专精特新中小企业", "新培育省级以上专精特新中小企业3家")))
    #expect(IncrementCounts.isIncrement(goal("新增上市企业", "新增上市企业3家")))
    #expect(!IncrementCounts.isIncrement(goal("制造业单项冠军企业", "制造业单项冠军企业达到3家")))
    #expect(!IncrementCounts.isIncrement(goal("上市企业", "新增股改企业10家,上市企业3家")))
  }

  @Test("candidates for a tier count no step named by the tier alone")
  func candidates() {
    let steps = ["科技型中小企业", "高新技术企业", "瞪羚企业", "独角兽企业"]
    #expect(LadderLists.step(for: "潜在独角兽企业", among: steps) == nil)
    #expect(LadderLists.step(for: "准独角兽企业", among: steps) == nil)
    #expect(LadderLists.step(for: "种子独角兽企业", among: steps) == nil)
    #expect(LadderLists.step(for: "独角兽企业", among: steps) == "独角兽企业")
    #expect(LadderLists.step(for: "独角兽(含潜在独角兽)企业", among: steps) == "独角兽企业")
    #expect(LadderLists.step(for: "国家级瞪羚企业", among: steps) == "瞪羚企业")
    // A step that names the candidates itself is counted by them.
    #expect(
      LadderLists.step(for: "潜在独角兽企业", among: ["瞪羚企业", "潜在独角兽企业", "独角兽企业"]) == "潜在独角兽企业")
    #expect(LadderLists.step(for: "拟上市企业", among: ["规上企业", "股份制企业", "上市企业"]) == nil)
    let plan = draft([
      "丁原区科技企业培育方案(2026—2028年)", "一、重点任务",
      "(一)实施接力培育。构建“科技型中小企业—高新技术企业—瞪羚企业—独角兽企业”成长链条,力争培育潜在独角兽企业2—3家。",
    ])
    #expect(plan.ladders.flatMap(\.tiers).allSatisfy { $0.target == nil })
  }

  @Test("the same count where the ladder is built and in the goals: the ladder's is the step's")
  func ladderOwnCount() throws {
    let plan = draft([
      "戊川县新型工业化发展规划(2026—2030年)", "一、发展基础",
      "2025年,全县规上工业企业达到180家,其中营业收入超亿元企业60家。",
      "二、发展目标",
      "到2027年,规上工业企业达到240家。",
      "到2030年,规上工业总产值力争达到600亿元,规上工业企业突破320家。",
      "三、重点任务",
      "(一)实施企业梯次培育。构建“规上企业—亿元企业—十亿元企业”梯次培育体系。到2030年,规上企业突破320家,亿元企业达到100家,十亿元企业达到12家。",
    ])
    let ladder = try #require(plan.ladders.first)
    #expect(ladder.tiers.map(\.name) == ["规上企业", "亿元企业", "十亿元企业"])
    #expect(ladder.tiers.first?.target?.value == 320)
    #expect(ladder.tiers.first?.source.text == "规上企业突破320家")
    // The goals' own count stays a target, with the starting count as its baseline, and the
    // step restating it takes that baseline too; the 2027 stage leaves it to the later goal.
    let target = plan.targets.first { $0.goal.target?.value == 320 }
    #expect(target?.goal.baseline?.value == 180)
    #expect(ladder.tiers.first?.baseline?.value == 180)
    #expect(plan.targets.first { $0.goal.target?.value == 240 }?.goal.baseline == nil)
  }

  @Test("counts of a step in the goals only, or of another figure, are filed as before")
  func notLadderOwnCount() throws {
    let plan = draft([
      "己川县新型工业化发展规划(2026—2030年)", "一、发展目标",
      "到2030年,规上工业企业突破320家。",
      "二、重点任务",
      "(一)实施企业梯次培育。构建“规上企业—亿元企业—十亿元企业”梯次培育体系。到2030年,亿元企业达到100家,十亿元企业达到12家。",
      "(二)推动企业升规。到2028年,规上企业达到280家。",
    ])
    let ladder = try #require(plan.ladders.first)
    // The goals' 320 counts the step: no count of the ladder's paragraph names it.
    #expect(ladder.tiers.first?.target?.value == 320)
    #expect(!plan.targets.contains { $0.goal.target?.value == 320 })
  }
}
