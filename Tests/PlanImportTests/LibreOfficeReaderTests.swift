import Foundation
import PlandashTestSupport
import Testing

@testable import PlanImport

/// .doc and .wps are read through LibreOffice: skipped where it is missing, failed under CI.
@Suite(.enabled(if: LibreOffice.enabled, Comment(rawValue: LibreOffice.skipReason)))
struct LibreOfficeReaderTests {
  @Test func aDocWithATaskTableReadsLikeTheDocx() throws {
    try LibreOffice.require()
    let text = try DocumentReader.read(ImportFixtures.url("task-table.doc"))
    #expect(text.kind == .doc)
    #expect(text.tables == [DocxReaderTests.taskTable])
    #expect(text.paragraphs == DocxReaderTests.taskTableParagraphs)
  }

  @Test func aWPSFileIsReadThroughTheSameFilter() throws {
    try LibreOffice.require()
    let text = try DocumentReader.read(ImportFixtures.url("seed-001.wps"))
    #expect(text.kind == .wps)
    let seed = ImportFixtures.seedParagraphs("001_6479202b148445dd.txt")
    #expect(text.paragraphs == seed.map(TextCleaning.collapsed))
  }

  @Test func withoutLibreOfficeTheMessageNamesItsPackage() {
    let url = ImportFixtures.url("seed-001.doc")
    let expected = DocumentReadError.missingTool(
      path: url.relativePath, tool: "soffice", package: "libreoffice-writer-nogui")
    #expect(throws: expected) { try DocumentReader.read(url, tools: ExternalTools(searchPath: [])) }
    #expect(expected.message.en.contains("libreoffice-writer-nogui"))
  }
}
