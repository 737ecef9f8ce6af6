import PlanModel
import Testing

@testable import PlanImport

/// Tables printed as text whatever parts their cells (`SeparatedTextTable`): one space, two
/// spaces, runs of ideographic spaces, tabs, a name with an inner space, a ragged row — and
/// prose with spaces, which stays prose. The passages are invented.
@Suite struct SeparatedTextTableTests {
  func blocks(_ lines: [String]) -> [DocumentBlock] {
    LayoutTextTable.blocks(of: lines)
  }

  func tables(_ lines: [String]) -> [DocumentTable] {
    blocks(lines).compactMap {
      if case .table(let table) = $0 { return table }
      return nil
    }
  }

  func read(_ lines: [String]) throws -> Plan {
    let bytes = Array(lines.joined(separator: "\n").utf8)
    return PlanDrafter().draft(try PlainTextReader.read(bytes, path: "plan.txt"))
  }

  static let yearlyRows = [
    ["指标", "单位", "2025年", "2026年", "2027年", "2028年"],
    ["规上工业企业数", "家", "212", "240", "265", "300"],
    ["工业技改投资", "亿元", "41", "46", "52", "60"],
    ["数字化车间", "个", "18", "25", "33", "40"],
  ]

  @Test(arguments: [" ", "  ", "   ", "\u{3000}", "\u{3000}\u{3000}", " \t"])
  func aGoalsTableIsReadWhateverSpacesPartItsCells(separator: String) {
    let lines = Self.yearlyRows.map { $0.joined(separator: separator) }
    let read = tables(["附表 年度目标"] + lines + ["二、重点任务"])
    #expect(read.map(\.rows) == [Self.yearlyRows], "\(separator.unicodeScalars.map(\.value))")
  }

  @Test func aNameWithAnInnerSpaceStaysOneCell() {
    let lines = [
      "序号 指标 单位 2025年 2028年 属性", "1 规上 工业增加值 亿元 180 260 预期性",
      "2 研发经费投入强度 % 2.1 2.8 预期性", "3 单位工业增加值 能耗下降 % — 〔13.5〕 约束性",
    ]
    #expect(
      tables(lines).first?.rows.dropFirst().map { $0[1] } == [
        "规上工业增加值", "研发经费投入强度", "单位工业增加值能耗下降",
      ])
  }

  @Test func anExtraWordThatMayStandInAFigureColumnEndsTheTable() {
    // `约 260`: the extra word is no part of the name, so the line is not read.
    let lines = [
      "指标 2025年 2028年 属性", "工业投资(亿元) 180 260 预期性", "园区产值(亿元) 300 约 460 预期性",
      "上市企业(家) 3 6 预期性",
    ]
    #expect(tables(lines).first?.rows.count ?? 0 < 4)
  }

  @Test func aRaggedRowShortOfAWordColumnIsPadded() {
    let lines = [
      "指标 单位 2025年 2028年 属性", "制造业增加值占比 % 28 32 预期性", "新增专精特新企业 家 12 30",
      "工业用地亩均税收 万元 21 28 约束性",
    ]
    let rows = tables(lines).first?.rows ?? []
    #expect(rows.count == 4)
    #expect(rows.dropFirst().map { $0[4] } == ["预期性", "", "约束性"])
  }

  @Test func aRowWithoutItsCategoryTakesTheMissingCellAtTheLeft() {
    let lines = [
      "类别  指标  单位  2025年  2030年  属性", "规模  制造业营业收入  亿元  820  1300  预期性",
      "工业投资年均增长  %  —  9  预期性", "创新  研发投入强度  %  2.2  3.0  预期性",
    ]
    let rows = tables(lines).first?.rows ?? []
    #expect(rows.count == 4)
    #expect(
      rows.dropFirst().first { $0[1] == "工业投资年均增长" } == ["", "工业投资年均增长", "%", "—", "9", "预期性"])
  }

  @Test func linesOfLabelledFiguresAreNoHeader() {
    // A tier's figures by year, each with its unit, parted by bars: no header of labels.
    let lines = [
      "成长型企业 | 2025年 300家 | 2026年 360家 | 2028年 500家", "领军企业 | 2025年 12家 | 2026年 15家 | 2028年 20家",
      "链主企业 | 2025年 3家 | 2026年 4家 | 2028年 6家",
    ]
    #expect(tables(lines).isEmpty)
  }

  @Test func aRaggedRowShortOfAFigureIsPassedOver() {
    let lines = [
      "指标 2025年 2026年 2027年", "工业投资(亿元) 100 120 140", "新增企业(家) 20 25",
      "技改项目(个) 30 35 40",
    ]
    let rows = tables(lines).first?.rows ?? []
    #expect(rows.map(\.first) == ["指标", "工业投资(亿元)", "技改项目(个)"])
  }

  @Test(arguments: [" ", "  "])
  func aTaskTableIsReadWhenEachRowHasACellToEachColumn(separator: String) {
    let rows = [
      ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
      ["1", "新增技改项目40个", "区工信局", "区财政局、各街道", "2027年12月"],
      ["2", "培育省级绿色工厂3家", "区工信局", "区生态环境分局", "2027年10月"],
      ["3", "盘活低效用地500亩", "区自然资源局", "区投促局", "2027年11月"],
    ]
    let read = tables(rows.map { $0.joined(separator: separator) })
    #expect(read.map(\.rows) == [rows])
    // A unit's name with a space inside: which column the word belongs to is not known.
    let split =
      rows.map { $0.joined(separator: separator) }.prefix(3) + ["4 推进 企业上云 区工信局 区数据局 2027年12月"]
    #expect(tables(Array(split)).first?.rows.count == 3)
  }

  @Test func proseWithSpacesStaysProse() {
    let lines = [
      "到 2028 年 全县 规上工业企业 达到 300 家", "各乡镇 各部门 要 加强 组织 领导", "组 长 某某某 县长",
      "2026年 2027年 2028年 三年 行动 持续 推进", "附件 1 重点 项目 清单",
    ]
    #expect(tables(lines).isEmpty)
    #expect(blocks(lines).count == lines.count)
  }

  @Test func aHeaderAloneOrWithOneRowIsNoTableOfThisReader() {
    #expect(SeparatedTextTable.table(["指标 单位 2025年 2028年", "这是一段说明文字。"], from: 0) == nil)
    #expect(SeparatedTextTable.table(["指标 单位 2025年 2028年", "工业投资 亿元 10 20"], from: 0) == nil)
  }

  @Test func aTableLinedUpInColumnsIsLeftToTheLayoutReader() {
    let lines = [
      "指标            2025年    2030年    属性", "工业增加值        120       200      预期性",
      "规上企业          300       420      预期性",
    ]
    #expect(SeparatedTextTable.table(lines, from: 0) == nil)
    #expect(tables(lines).count == 1)
  }

  @Test func blankLinesBetweenRowsPartNoTable() {
    let lines = [
      "年度 工业总产值(亿元) 工业投资(亿元)", "", "2026年 820 150", "", "2027年 900 165", "", "2028年 1000 180",
    ]
    #expect(tables(lines).first?.rows.count == 4)
  }

  @Test func figuresUnderYearColumnsAreGoalsOfTheirYears() throws {
    let plan = try read([
      "某县工业经济稳增长行动方案(2026—2028年)", "一、主要目标", "附表 年度目标(单位:亿元)",
      "指标 2025年基数 2026年 2027年 2028年", "规上工业总产值 510 560 615 680", "工业投资 88 95 103 112",
      "制造业 技改投资 31 35 40 46", "二、重点任务", "(一)强化项目招引。",
    ])
    let figures = draftedFigures(plan)
    #expect(figures.contains { $0.value == 680 && $0.unit == "亿元" && $0.year == 2028 })
    #expect(figures.contains { $0.value == 615 && $0.unit == "亿元" && $0.year == 2027 })
    #expect(figures.contains { $0.value == 46 && $0.unit == "亿元" && $0.year == 2028 })
    let total = plan.targets.first { $0.goal.target?.value == 680 }
    #expect(total?.goal.baseline?.value == 510)
    #expect(total?.goal.baseline?.year == 2025)
  }

  @Test func aUnitColumnGivesEachRowItsUnit() throws {
    let plan = try read([
      "某市制造业数字化转型实施方案(2026—2028年)", "一、工作目标", "主要指标 年度安排",
      "指标  单位  2026年  2027年  2028年", "上云企业  家  800  1100  1500", "数字化改造覆盖率  %  45  60  75",
      "二、主要任务",
    ])
    let figures = draftedFigures(plan)
    #expect(figures.contains { $0.value == 1500 && $0.unit == "家" && $0.year == 2028 })
    #expect(figures.contains { $0.value == 75 && $0.unit == "%" && $0.year == 2028 })
  }
}
