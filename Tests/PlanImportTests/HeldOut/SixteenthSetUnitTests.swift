import PlanModel
import Testing

@testable import PlanImport

/// The sixteenth held-out set's classes of units that real plans share — a lead marked `(牵头)`
/// after its name in a unit list, a bracketed unit line of its own after a task (or after the
/// last of a heading's items), a note that the first unit listed leads — on other invented
/// passages.
@Suite("Extraction: units of the sixteenth held-out set")
struct SixteenthSetUnitTests {
  static func units(_ plan: Plan, _ title: String) -> (lead: [String], responsible: [String])? {
    plan.measures.first { $0.title == title }.map { ($0.leadUnits, $0.responsibleUnits) }
  }

  @Test("a unit marked (牵头) in a unit list leads; the others are responsible")
  func markedLead() {
    let plan = draft([
      "甲桥县数字经济发展三年行动方案(2026—2028年)", "一、重点任务", "(一)建设数据中心",
      "推动数据中心集约建设,到2028年建成标准机架5000个。",
      "责任单位:县发展改革局(牵头),县工业和信息化局、县数据局",
      "(二)培育软件企业", "支持软件企业做大做强。",
      "责任单位:县科技局、县工业和信息化局(牵头单位)",
    ])
    #expect(Self.units(plan, "建设数据中心")?.lead == ["县发展改革局"])
    #expect(Self.units(plan, "建设数据中心")?.responsible == ["县工业和信息化局", "县数据局"])
    #expect(Self.units(plan, "培育软件企业")?.lead == ["县工业和信息化局"])
    #expect(Self.units(plan, "培育软件企业")?.responsible == ["县科技局"])
  }

  @Test("the lead's mark in either width, in 【】, or written after the name")
  func markVariants() {
    let sorted = UnitLeadMarks.leadsMoved(
      lead: [], responsible: ["市商务局【牵头】", "市财政局", "市税务局配合"])
    #expect(sorted.lead == ["市商务局"])
    #expect(sorted.responsible == ["市财政局", "市税务局"])
    #expect(UnitLeadMarks.unmarked("市商务局牵头", words: UnitLeadMarks.leadWords) == "市商务局")
    #expect(UnitLeadMarks.unmarked("市商务局(牵头部门)", words: UnitLeadMarks.leadWords) == "市商务局")
    // No mark, or `牵头` after words that are no unit's name: the list stays as it is.
    #expect(UnitLeadMarks.unmarked("龙头企业牵头", words: UnitLeadMarks.leadWords) == nil)
    #expect(UnitLeadMarks.unmarked("各县(市、区)政府", words: UnitLeadMarks.leadWords) == nil)
    let plain = UnitLeadMarks.leadsMoved(lead: [], responsible: ["市商务局", "市税务局配合"])
    #expect(plain.lead.isEmpty && plain.responsible == ["市商务局", "市税务局配合"])
  }

  @Test("a bracketed unit line of its own is the task's note, not a second task")
  func bracketedLine() {
    let plan = draft([
      "乙川市物流业发展三年行动方案(2026—2028年)", "一、重点任务", "(一)建设物流枢纽",
      "加快建设公铁联运枢纽,到2028年建成物流园区3个。",
      "(责任单位:市交通运输局、市发展改革委)",
      "(二)发展冷链物流", "完善冷链设施网络。",
      "【牵头单位:市商务局;配合单位:市农业农村局】",
    ])
    #expect(plan.measures.count == 2)
    #expect(Self.units(plan, "建设物流枢纽")?.responsible == ["市交通运输局", "市发展改革委"])
    #expect(Self.units(plan, "发展冷链物流")?.lead == ["市商务局"])
    #expect(BracketedNoteLines.inside("(责任单位:A局)(配合:B局)"[...]) == nil)
    #expect(BracketedNoteLines.inside("(责任单位:A局、B局。)"[...]) == "责任单位:A局、B局")
  }

  @Test("a unit line after a heading's last numbered item is every item's")
  func sharedLine() {
    let plan = draft([
      "丙溪县特色产业发展三年行动方案(2026—2028年)", "一、重点任务", "(一)壮大特色产业",
      "1.茶叶产业。扩大有机茶园面积。", "2.竹木产业。发展竹木精深加工。",
      "(责任单位:县农业农村局、县林业局)", "(二)优化营商环境", "深化放管服改革。",
      "(三)加强要素保障", "1.用地保障。盘活低效用地。(责任单位:县自然资源局)",
      "2.资金保障。设立产业基金。", "(责任单位:县财政局)",
    ])
    #expect(Self.units(plan, "茶叶产业")?.responsible == ["县农业农村局", "县林业局"])
    #expect(Self.units(plan, "竹木产业")?.responsible == ["县农业农村局", "县林业局"])
    // An item with units of its own: the line after the last item is that item's alone.
    #expect(Self.units(plan, "用地保障")?.responsible == ["县自然资源局"])
    #expect(Self.units(plan, "资金保障")?.responsible == ["县财政局"])
  }

  @Test("a note that the first unit listed leads: each list's first unit leads")
  func firstListedLeads() {
    let lines = [
      "丁山区工业园区提升三年行动方案(2026—2028年)", "一、重点任务",
      "各项任务所列单位中,第一个为牵头单位,其余为配合单位。", "(一)完善园区配套",
      "加快园区建设,新建标准厂房20万平方米。(责任单位:区住房和城乡建设局、区财政局)", "(二)强化招商引资",
      "开展产业链招商,每年引进亿元项目10个。(牵头单位:区投资促进中心;责任单位:区商务局)",
    ]
    let plan = draft(lines)
    #expect(Self.units(plan, "完善园区配套")?.lead == ["区住房和城乡建设局"])
    #expect(Self.units(plan, "完善园区配套")?.responsible == ["区财政局"])
    // A task naming its lead keeps it.
    #expect(Self.units(plan, "强化招商引资")?.lead == ["区投资促进中心"])
    #expect(Self.units(plan, "强化招商引资")?.responsible == ["区商务局"])
    // Without the note, every unit of the list is responsible.
    let plain = draft(lines.filter { !$0.contains("第一个") })
    #expect(plain.measures.first { $0.title == "完善园区配套" }?.leadUnits.isEmpty == true)
    for note in ["排在第一位的为牵头单位", "列第一位的单位牵头", "排名首位的部门为牵头部门"] {
      #expect(FirstListedLead.isNote(note[...]))
    }
    #expect(!FirstListedLead.isNote("第一批示范单位由县发展改革局牵头认定"[...]))
    #expect(!FirstListedLead.isNote("争创全省第一个示范园区"[...]))
    #expect(!FirstListedLead.isNote("把安全放在首位,由应急管理局牵头各部门开展排查"[...]))
  }
}
