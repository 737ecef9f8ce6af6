import PlanModel
import Testing

@testable import PlanImport

/// The sixteenth set's tables, read as general rules on invented tables: a 专栏 parted by
/// single ideographic spaces, a goals table's yearly columns, a total over the plan's years in
/// `〔〕`; and thresholds picking out whom a task is for.
@Suite struct SixteenthSetTableTests {
  func read(_ text: String) throws -> Plan {
    let bytes = Array(text.utf8)
    return PlanDrafter().draft(try PlainTextReader.read(bytes, path: "plan.txt"))
  }

  @Test func aColumnBoxPartedBySingleIdeographicSpacesIsATable() throws {
    let lines = [
      "子县新材料产业园提质增效行动方案(2026—2028年)", "一、主要目标", "专栏1　园区主要指标",
      "序号　指标名称　单位　2025年　2028年　属性", "1　工业总产值　亿元　120　200　预期性",
      "2　单位工业增加值能耗降低　%　—　〔12〕　约束性", "3　亩均税收　万元/亩　14.2　20　预期性",
      "二、重点任务", "(一)强化项目招引。每年引进亿元以上项目10个以上。",
    ]
    let figures = draftedFigures(try read(lines.joined(separator: "\n")))
    #expect(figures.contains { $0.value == 200 && $0.unit == "亿元" && $0.year == 2028 })
    #expect(figures.contains { $0.value == 12 && $0.unit == "%" && $0.year == 2028 })
    #expect(figures.contains { $0.value == 20 && $0.unit == "万元/亩" && $0.year == 2028 })
  }

  @Test func aLineWithOneSpaceInsideIsNoTable() {
    #expect(SpacePartedTable.singleSpaced(["专栏1　园区主要指标", "1　工业总产值　亿元　120"], from: 0) == nil)
    #expect(
      SpacePartedTable.singleSpaced(["序号　指标名称　单位　2025年　2028年　属性", "各乡镇要加强领导。"], from: 0) == nil)
  }

  @Test func everyYearColumnOfAGoalsTableIsAGoalOfItsYear() {
    let table = DocumentTable(rows: [
      ["指标", "2025年基数", "2026年", "2027年", "2028年"],
      ["新增规上工业企业(家)", "—", "60", "70", "80"],
      ["规上工业企业总数(家)", "900", "950", "1000", "1080"],
    ])
    let goals = IndicatorTableGoals.goals(in: table).map {
      ($0.metric, $0.goal.target?.value, $0.goal.target?.year, $0.goal.baseline?.value)
    }
    #expect(goals.contains { $0 == ("新增规上工业企业", 60, 2026, nil) })
    #expect(goals.contains { $0 == ("新增规上工业企业", 70, 2027, nil) })
    #expect(goals.contains { $0 == ("新增规上工业企业", 80, 2028, nil) })
    #expect(goals.contains { $0 == ("规上工业企业总数", 950, 2026, nil) })
    #expect(goals.contains { $0 == ("规上工业企业总数", 1080, 2028, 900) })
    #expect(goals.count == 6)
  }

  @Test func anActualColumnIsNoGoal() {
    let table = DocumentTable(rows: [
      ["指标", "2020年基数", "2025年目标", "2023年完成"], ["工业增加值(亿元)", "1186", "1750", "1512"],
    ])
    #expect(IndicatorTableGoals.goals(in: table).map { $0.goal.target?.year } == [2025])
  }

  @Test func thresholdsPickingOutWhomATaskIsForAreNoGoals() {
    let plan = draft([
      "一、主要任务", "(一)建立培育库。以年营业额300万元以上、从业人员8人以上的小微企业为重点,每年筛选不少于500户纳入培育库。",
    ])
    let figures = draftedFigures(plan)
    #expect(!figures.contains { $0.value == 300 })
    #expect(!figures.contains { $0.value == 8 })
    #expect(figures.contains { $0.value == 500 && $0.unit == "户" })
  }
}
