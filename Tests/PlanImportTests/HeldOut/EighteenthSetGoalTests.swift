import PlanModel
import Testing

@testable import PlanImport

/// How the eighteenth held-out set's plans state goals the rules misread — a 零突破 after a name
/// that holds 零, visits counted in 家次, a goal a task repeats without its year, departments a
/// closing measure speaks of — on other invented passages.
@Suite("Extraction: goals and units from the eighteenth held-out set")
struct EighteenthSetGoalTests {
  @Test("a 零突破 is the name's before it, even a name holding 零, in its kind's unit")
  func zeroAfterName() {
    let plan = draft([
      "甲河县绿色制造三年行动计划(2026—2028年)", "一、行动目标",
      "到2028年,建成低碳园区3个,零排放工厂力争实现零的突破。",
    ])
    let zero = plan.targets.first { $0.goal.qualifiers.contains("零突破") }
    #expect(zero?.metric == "零排放工厂")
    #expect(zero?.goal.unit == "家")
    #expect(zero?.goal.target?.value == 1)
  }

  @Test("visits counted in 家次 or 户次 are no count of enterprises")
  func visitsCounted() {
    let figure = NumberUnitParser.figures(in: "每年上门服务企业300家次以上"[...]).first
    #expect(figure?.unit == nil)
    #expect(figure?.unknownUnit == "家次")
    #expect(NumberUnitParser.figures(in: "培训企业家200人次"[...]).first?.unit == "人次")
    #expect(NumberUnitParser.figures(in: "服务企业300家"[...]).first?.unit == "家")
    let plan = draft([
      "乙河县服务企业三年行动计划(2026—2028年)", "一、重点任务",
      "1.开展上门服务。三年为中小企业提供免费诊断服务200户次。(责任单位:县工信局)",
    ])
    #expect(!draftedFigures(plan).contains { $0.value == 200 })
  }

  @Test("a goal a task states again without its year is filed once")
  func undatedRestatement() {
    let plan = draft([
      "丙河县服务业提质三年行动计划(2026—2028年)", "一、主要目标",
      "到2028年,培育省级服务业标准化试点企业6家,新增限上服务业企业40家。", "二、重点任务",
      "1.推进标准化建设。支持龙头企业参与标准制定,培育省级服务业标准化试点企业6家。(责任单位:县市场监管局)",
      "2.壮大市场主体。实施升限入统计划,每年新增限上服务业企业40家。(责任单位:县商务局)",
    ])
    let sixes = draftedFigures(plan).filter { $0.value == 6 }
    #expect(sixes.count == 1)
    #expect(sixes.first?.year == 2028)
    // A yearly count is no restatement of a goal for the plan's end.
    #expect(draftedFigures(plan).filter { $0.value == 40 }.count == 2)
  }

  @Test("departments a closing measure speaks of collectively are none of its units")
  func collectiveDepartments() {
    #expect(UnitNotes.read("(一)加强组织领导。成立工作专班,各责任部门要制定年度工作计划,明确时间表。").isEmpty)
    #expect(UnitNotes.read("(二)强化协同。各相关单位要加强配合,形成合力。").isEmpty)
    #expect(
      UnitNotes.read("(三)强化服务。县商务局要牵头建立服务机制,形成合力。").lead == ["县商务局"])
  }
}
