import PlanModel
import Testing

@testable import PlanImport

/// A 任务清单 that reaches the rules as a table (a Word file's, a portal page's) with no header
/// row: read as the same list printed as lines of columns is (`TaskColumnLines`).
@Suite("Extraction: a task list as a table with no header row")
struct HeaderlessTaskTableTests {
  static let body: [DocumentBlock] = [
    .paragraph("壬县开发区提升方案(2026—2028年)"), .paragraph("一、重点任务"),
    .paragraph("(一)闲置厂房盘活行动。盘活闲置厂房15万平方米。"),
    .paragraph("(二)园区配套完善行动。新建人才公寓500套。"),
    .paragraph("(三)企业上规行动。推动小微企业升规入统40家。"), .paragraph("附件:重点任务清单"),
  ]

  static func units(_ plan: Plan) -> [String: ([String], [String], Int?)] {
    Dictionary(
      plan.measures.map { ($0.title, ($0.leadUnits, $0.responsibleUnits, $0.due)) },
      uniquingKeysWith: { first, _ in first })
  }

  @Test("each row gives the body's task of its title its units and due year")
  func rowsGiveUnits() {
    let table = DocumentTable(rows: [
      ["1", "闲置厂房盘活行动", "县自然资源局", "开发区管委会、县经信局", "2027年6月底"],
      ["2", "园区配套完善行动", "开发区管委会", "县住建局", "2028年12月底"],
      ["3", "企业上规行动", "县经信局", "县统计局、县税务局", ""],
    ])
    let plan = PlanDrafter().draft(
      DocumentText(blocks: Self.body + [.table(table)], kind: .html))
    let units = Self.units(plan)
    #expect(plan.measures.count == 3)
    #expect(units["闲置厂房盘活行动"]?.0 == ["县自然资源局"])
    #expect(units["闲置厂房盘活行动"]?.1 == ["开发区管委会", "县经信局"])
    #expect(units["闲置厂房盘活行动"]?.2 == 2027)
    #expect(units["园区配套完善行动"]?.2 == 2028)
    #expect(units["企业上规行动"]?.1 == ["县统计局", "县税务局"])
  }

  @Test("a table with a row of another shape, or of two rows, is no task list")
  func otherTables() {
    let mixed = DocumentTable(rows: [
      ["1", "闲置厂房盘活行动", "县自然资源局", "开发区管委会", "2027年"],
      ["2", "园区配套完善行动", "开发区管委会", "县住建局", "2028年"],
      ["3", "新建人才公寓", "500套", "2027年", ""],
    ])
    let short = DocumentTable(rows: Array(mixed.rows.prefix(2)))
    for table in [mixed, short] {
      #expect(TaskTableReader.rows(of: table).isEmpty)
      let plan = PlanDrafter().draft(
        DocumentText(blocks: Self.body + [.table(table)], kind: .html))
      #expect(Self.units(plan)["闲置厂房盘活行动"]?.0 == [])
    }
  }
}
