import PlanModel
import Testing

@testable import PlanImport

/// How the nineteenth held-out set's plans name a task's units — units leading each by its own
/// duties, a 保障措施's call on every unit of a role — on other invented passages.
@Suite("Extraction: units from the nineteenth held-out set")
struct NineteenthSetUnitTests {
  @Test("units leading by their duties lead, without those words")
  func leadingByDuty() {
    expectUnitNotes([
      ("(二)壮大食品加工产业。建设冷链仓储设施。(县商务局、县市场监管局按职责分工牵头,县财政局配合)", ["县商务局", "县市场监管局"], ["县财政局"]),
      ("(三)推进技改。支持设备更新。(区工信局、区科技局分别牵头,区税务局配合)", ["区工信局", "区科技局"], ["区税务局"]),
    ])
  }

  @Test("a call on every unit of a role is no unit; a named unit in prose still is")
  func roleCalls() {
    #expect(UnitRoleNames.isRoleCall("各牵头单位"))
    #expect(UnitRoleNames.isRoleCall("各责任部门"))
    #expect(UnitRoleNames.isRoleCall("各成员单位"))
    #expect(!UnitRoleNames.isRoleCall("各产业链牵头单位"))
    #expect(!UnitRoleNames.isRoleCall("各乡镇人民政府"))
    #expect(UnitClauses.charged("各责任单位要建立工作台账") == nil)
    #expect(UnitClauses.charged("市发展改革委要加强统筹")?.names == "市发展改革委")
    let plan = draft([
      "丙峰市产业转移实施意见", "一、保障措施",
      "(一)加强组织领导。成立工作领导小组,统筹推进各项工作。各牵头单位要制定工作方案,每季度报送进展。",
    ])
    let measure = plan.measures.first { $0.title == "加强组织领导" }
    #expect(measure?.responsibleUnits.isEmpty == true)
    #expect(measure?.leadUnits.isEmpty == true)
  }
}
