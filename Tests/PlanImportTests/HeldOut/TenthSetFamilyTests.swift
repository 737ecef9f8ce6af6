import PlanModel
import Testing

@testable import PlanImport

/// The families of phrasing the tenth blind held-out set (branch i12-ho10) showed that branch
/// i12-r11 reads, each tried on passages of invented regions in several forms (none of them a
/// held-out document's sentence).
@Suite("Extraction: families from the tenth blind held-out set")
struct TenthSetFamilyTests {
  /// A plan drafted from a text file's lines (tables of tab-parted lines read as a text file's).
  func drafted(_ lines: [String]) throws -> Plan {
    let text = try PlainTextReader.read(Array(lines.joined(separator: "\n").utf8), path: "t.txt")
    return PlanDrafter().draft(text)
  }

  static let notice = [
    "丙山县人民政府", "关于下达2028年度工业经济目标任务的通知", "丙政发〔2028〕5号",
    "一、目标任务", "2028年全县规上工业总产值达到300亿元,增长9%左右;完成工业投资60亿元。",
    "二、工作要求", "(一)加强调度。建立月调度制度。(县工信局负责)",
  ]

  @Test("tab-parted lines under a header are read column by column, not by where tabs stop")
  func tabPartedColumns() throws {
    let table = try #require(
      TabPartedTable.table(
        ["序号\t重点任务\t牵头单位\t配合单位\t完成时限", "1\t新建标准厂房20万平方米以上\t县住建局\t县财政局、县工信局\t2028年9月底", "下一段。"],
        from: 0))
    #expect(table.1 == 2)
    #expect(table.0.rows[1] == ["1", "新建标准厂房20万平方米以上", "县住建局", "县财政局、县工信局", "2028年9月底"])
    #expect(TabPartedTable.table(["一、总体要求\t(略)", "1\t2"], from: 0) == nil)
    #expect(TabPartedTable.unit(of: "工业投资(亿元)")! == ("工业投资", "亿元"))
    #expect(TabPartedTable.unit(of: "新增企业（家）")! == ("新增企业", "家"))
    #expect(TabPartedTable.unit(of: "工业投资") == nil)
  }

  @Test(
    "a departments' task table with a header: each row a task with its units, due year and counts")
  func departmentsTaskTable() throws {
    for separator in ["\t", "\t\t"] {
      let rows = [
        ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "招引5亿元以上制造业项目12个", "县投资促进局", "县工信局、丙山高新区管委会", "2028年12月底"],
        ["2", "新增国家高新技术企业15家", "县科技局", "县税务局", "2028年11月底"],
        ["3", "实现规上工业企业数字化诊断全覆盖", "县工信局", "各镇人民政府", "2028年10月底"],
      ].map { $0.joined(separator: separator) }
      let plan = try drafted(Self.notice + ["附件", "2028年度县直部门重点工作任务表"] + rows)
      let first = try #require(plan.measures.first { $0.title == "招引5亿元以上制造业项目12个" })
      #expect(first.leadUnits == ["县投资促进局"])
      #expect(first.responsibleUnits == ["县工信局", "丙山高新区管委会"])
      #expect(first.due == 2028)
      #expect(first.outputs.map(\.figure.value) == [12])
      #expect(first.outputs.first?.figure.year == 2028)
      let second = try #require(plan.measures.first { $0.title == "新增国家高新技术企业15家" })
      #expect(second.leadUnits == ["县科技局"] && second.responsibleUnits == ["县税务局"])
      #expect(second.outputs.map(\.figure.value) == [15])
      let third = try #require(plan.measures.first { $0.title.hasSuffix("全覆盖") })
      #expect(third.outputs.map(\.figure.value) == [100])
      #expect(!plan.targets.contains { $0.goal.target?.value == 5 })
    }
  }

  @Test("a 分解表 of places by column: every cell its place's goal for the title's year")
  func placeColumnBreakdown() throws {
    let lines = [
      "附件1", "2028年度各镇(街道)工业经济目标任务分解表",
      "单位\t规上工业总产值(亿元)\t规上工业总产值增长(%)\t工业投资(亿元)\t新增规上工业企业(家)",
      "东岭镇\t120\t9\t25\t6", "西河街道\t80\t10\t15\t3", "合计\t300\t9\t60\t12",
    ]
    let plan = try drafted(Self.notice + lines)
    let figures = draftedFigures(plan)
    for (value, unit) in [(120.0, "亿元"), (9, "%"), (25, "亿元"), (6, "家"), (80, "亿元"), (15, "亿元")] {
      #expect(figures.contains { $0.value == value && $0.unit == unit && $0.year == 2028 })
    }
    // The town's 10% is its own goal though the county's growth figure be the same.
    let growth = plan.targets.filter { $0.goal.kind == .growth && $0.goal.target?.value == 10 }
    #expect(growth.map(\.metric) == ["西河街道规上工业总产值增长"])
    // The 合计 row is the county's goals again; the county's 300 takes no town's figure.
    #expect(plan.targets.filter { $0.goal.target?.value == 300 }.count == 1)
    #expect(
      plan.targets.filter { $0.metric.hasPrefix("东岭镇") }.allSatisfy { $0.goal.baseline == nil })
    // A table of where each town stands, with no title sharing out tasks, is none.
    let standing = try drafted(
      Self.notice + ["各镇2027年主要经济指标", "镇名\t规上工业总产值(亿元)\t工业投资(亿元)", "东岭镇\t110\t22", "西河街道\t70\t13"])
    #expect(!draftedFigures(standing).contains { $0.value == 110 })
  }

  @Test("units named in the prose: a clause 由A牵头 and the next, a sentence 这项工作由…, units with 要")
  func unitsInProse() throws {
    let plan = draft(
      Self.notice.dropLast() + [
        "(一)加强调度。建立月调度制度,由县工信局牵头,各镇人民政府分工负责,每月通报一次。",
        "(二)扩大投资。全年实施技改项目30个。这项工作由县发改局牵头,县财政局、县工信局配合。",
        "(三)保障要素。县自然资源局要牵头做好用地保障,县供电公司、县水务局要主动对接企业需求。",
        "(四)强化宣传。县融媒体中心要开设专栏,县委宣传部、县政府办公室要做好统筹。",
        "(五)优化服务。各地各部门要转变作风,提高服务效率。",
        "(六)壮大产业。新能源产业要以龙头企业为引领,由企业自主负责研发投入。",
      ])
    func units(_ title: String) throws -> (Set<String>, Set<String>) {
      let measure = try #require(plan.measures.first { $0.title == title })
      return (Set(measure.leadUnits), Set(measure.responsibleUnits))
    }
    #expect(try units("加强调度") == (["县工信局"], ["各镇人民政府"]))
    #expect(try units("扩大投资") == (["县发改局"], ["县财政局", "县工信局"]))
    #expect(try units("保障要素") == (["县自然资源局"], ["县供电公司", "县水务局"]))
    #expect(try units("强化宣传") == ([], ["县融媒体中心", "县委宣传部", "县政府办公室"]))
    #expect(try units("优化服务") == ([], []))
    #expect(try units("壮大产业") == ([], []))
    #expect(UnitClauses.isUnit("县委督查室") && UnitClauses.isUnit("市工商联"))
    #expect(!UnitClauses.isUnit("新能源产业") && !UnitClauses.isUnit("各地各部门"))
  }

  @Test("an assessment's rules are no tasks, and its scores and thresholds no goals")
  func assessmentRules() {
    for title in ["二、考核办法", "二、考核细则", "二、目标考核办法"] {
      let plan = draft([
        "丁河市人民政府", "关于下达2028年度工业目标任务的通知", "一、目标任务", "2028年全市规上工业增加值增长8%,新增规上工业企业60家。",
        title, "(一)考核对象。各区县和市直有关部门。",
        "(二)加分和扣分。每超过1个百分点加0.5分,单项加分最高不超过3分;新增规上工业企业超过5家的区县,每多1家加1分。",
        "(三)结果运用。考核结果纳入年度综合考核。",
        "三、工作要求", "(一)加强调度。建立月调度制度。(市工信局负责)",
      ])
      #expect(plan.measures.map(\.title) == ["加强调度"], "\(title)")
      let figures = draftedFigures(plan)
      #expect(!figures.contains { $0.value == 5 || $0.value == 3 || $0.unit == nil }, "\(title)")
      #expect(figures.contains { $0.value == 60 && $0.year == 2028 })
    }
    #expect(SchemeRuleSections.isAssessment("考核办法"))
    #expect(!SchemeRuleSections.isAssessment("评价办法") && SchemeRuleSections.isRules("评价办法"))
    #expect(!SchemeRuleSections.isRules("强化考核激励"))
  }

  @Test("明年 is the year after the document's own, for its sentence only")
  func nextYear() {
    for (date, next) in [("(2027年12月20日)", 2028), ("2025年11月3日", 2026)] {
      let plan = draft([
        "在全区工业经济工作会议上的讲话", date, "一、明确目标",
        "到2030年,全区规上工业营业收入突破900亿元。", "二、重点工作",
        "(一)扩大投资。明年全区新开工亿元以上项目80个以上,工业投资增长11%。要确保项目开工率不低于60%。",
        "(二)培育主体。下一年度新增规上工业企业45家。",
      ])
      let figures = draftedFigures(plan)
      for value in [80.0, 11, 45] {
        #expect(figures.contains { $0.value == value && $0.year == next }, "\(value) \(date)")
      }
      #expect(figures.contains { $0.value == 60 && $0.year == nil }, "\(date)")
    }
    var context = YearContext(reference: 2026, nextYear: 2027)
    #expect(
      context.year(for: "明年力争突破50亿元"[...], key: nil, carries: false, headingYear: nil).year == 2027)
    #expect(
      context.year(for: "到2030年达到80亿元,明年达到55亿元"[...], key: nil, carries: false, headingYear: nil)
        .year == 2030)
  }

  @Test("a speech's closing words to the hall are no measures; its last task stays whole")
  func speechClosing() throws {
    for address in ["同志们,", "同志们!", "各位代表:"] {
      let plan = draft([
        "在全县工业发展大会上的讲话", "同志们:", "一、目标", "到2028年,全县规上工业产值突破500亿元。", "二、任务",
        "(一)优化服务。设立产业基金5亿元;深化企业服务专员制度。县财政局要牵头落实资金,县工信局要做好服务。",
        address + "推进工业发展是长期任务,县委组织部要把工业发展成效纳入考核。",
        "同志们,让我们真抓实干,奋力谱写工业强县新篇章!",
      ])
      #expect(plan.measures.count == 1, "\(address)")
      let measure = try #require(plan.measures.first)
      #expect(measure.text.hasSuffix("县工信局要做好服务。"))
      #expect(measure.leadUnits == ["县财政局"] && measure.responsibleUnits == ["县工信局"])
    }
    #expect(ClosingLines.isAddress("同志们,号角已经吹响。") && !ClosingLines.isAddress("同志们的意见"))
  }

  @Test("a notice's list of its annexes is no heading; an annex's own line is one")
  func annexList() {
    let plan = draft(
      Self.notice + [
        "附件:1.2028年度各镇目标任务分解表", "2.2028年度县直部门任务表", "丙山县人民政府", "2028年2月1日", "附件1",
        "2028年度各镇目标任务分解表",
      ])
    #expect(!plan.outline.contains { $0.title.hasPrefix("附件:1") })
    #expect(plan.outline.contains { $0.key == "附件1" })
    #expect(!plan.outline.contains { $0.number == "2." })
    #expect(HeadingMarker.at(startOf: "附件:重点任务分工")?.style == .annex)
    #expect(HeadingMarker.at(startOf: "附件:1、重点任务分工") == nil)
  }

  @Test("a list of changes: the later ones start from the year the first names")
  func changeYearCarried() {
    let plan = plan2026([
      "——主体壮大。专精特新企业由2025年的320家增加到500家,高新技术企业由610家增加到900家以上,上市企业从4家增加到8家。",
      "——效益提升。亩均税收从2024年的21万元提高到28万元,全员劳动生产率从32万元提高到40万元。",
    ])
    let baselines =
      plan.targets.compactMap(\.goal.baseline) + plan.indicators.compactMap(\.goal.baseline)
      + plan.ladders.flatMap(\.tiers).compactMap(\.baseline)
    for (value, year) in [(320.0, 2025), (610, 2025), (4, 2025), (21, 2024), (32, 2024)] {
      #expect(baselines.contains { $0.value == value && $0.year == year }, "\(value)")
    }
  }

  @Test("a class of industries together is a target, not a cluster's scale")
  func groupTotal() {
    let plan = plan2026([
      "——产业壮大。未来产业规模突破260亿元,战略性新兴产业规模达到900亿元,氢能产业规模达到60亿元。"
    ])
    #expect(plan.targets.contains { $0.goal.target?.value == 260 })
    #expect(plan.targets.contains { $0.goal.target?.value == 900 })
    #expect(!plan.clusters.contains { ["未来", "战略性新兴"].contains($0.name) })
    #expect(plan.clusters.contains { $0.name.hasPrefix("氢能") && $0.scale?.value == 60 })
  }

  @Test("last year's growth in the preamble is the baseline of this year's growth goal")
  func lastYearsGrowth() throws {
    let plan = draft([
      "戊川县人民政府", "关于下达2028年度工业经济目标任务的通知",
      "2027年,全县预计规上工业营业收入510亿元,同比增长8.8%,新增规上工业企业31家。",
      "一、目标任务", "2028年全县规上工业营业收入达到560亿元,增长9%以上;工业投资增长12%,较2025年增长35%。",
    ])
    let growth = try #require(plan.targets.first { $0.goal.target?.value == 9 })
    #expect(growth.goal.baseline?.value == 8.8 && growth.goal.baseline?.year == 2027)
    let level = try #require(plan.targets.first { $0.goal.target?.value == 560 })
    #expect(level.goal.baseline?.value == 510)
    // A growth over several years takes no one-year rate as its start.
    #expect(plan.targets.first { $0.goal.target?.value == 35 }?.goal.baseline == nil)
  }

  func plan2026(_ lines: [String]) -> Plan {
    draft(
      ["庚州市人民政府办公室", "庚州市产业发展行动方案(2026—2028年)", "一、主要目标", "到2028年:"] + lines + [
        "二、重点任务", "(一)做强产业。推进项目建设。",
      ])
  }

  @Test("a speech's region is the one its speaker's line names, not the hall's `在全市`")
  func speechRegion() {
    for (title, speaker, name) in [
      ("在全市制造业高质量发展推进会上的讲话", "中共辛河市委书记  李明", "辛河市"),
      ("在全县工业经济工作会议上的讲话", "壬山县人民政府县长  王强", "壬山县"),
    ] {
      let plan = draft([title, speaker, "(2027年3月2日)", "同志们:", "一、目标", "到2028年,规上工业产值突破500亿元。"])
      #expect(plan.region.name == name, "\(title)")
      #expect(plan.document.title == title)
    }
    #expect(RegionGuess.names(in: "在全市推进新型工业化大会上的讲话").isEmpty)
    #expect(RegionGuess.names(in: "对全县工业企业开展评价").isEmpty)
    #expect(RegionGuess.names(in: "天府新区管委会") == ["天府新区"])
  }
}
