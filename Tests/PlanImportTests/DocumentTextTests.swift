import Testing

@testable import PlanImport

@Suite struct DocumentTextTests {
  @Test func paragraphsAndTablesKeepTheirOrder() {
    let table = DocumentTable(rows: [["任务", "牵头单位"], ["招商", "市投促局"]])
    let text = DocumentText(
      blocks: [.paragraph("一、总体要求"), .table(table), .paragraph("二、重点任务")], kind: .docx)
    #expect(text.paragraphs == ["一、总体要求", "二、重点任务"])
    #expect(text.tables == [table])
  }
}
