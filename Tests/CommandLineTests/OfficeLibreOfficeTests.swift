import Foundation
import PlandashTestSupport
import Testing

/// The Word and Excel reports opened as people open them: LibreOffice prints each to PDF
/// and the text read back has the Chinese intact and the report's figures. Skipped with a
/// notice where LibreOffice is not installed; under CI its absence fails.
@Suite(
  .enabled(if: PlandashBinary.available, Comment(rawValue: PlandashBinary.skipReason)),
  .enabled(if: LibreOffice.enabled, Comment(rawValue: LibreOffice.skipReason)))
struct OfficeLibreOfficeTests {
  /// Text without the spaces and line breaks a PDF puts between the pieces of a line.
  func squeezed(_ text: String) -> String {
    String(
      text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(
        Character.init))
  }

  @Test func theBulletinPrintsWithItsChineseAndFigures() throws {
    try LibreOffice.require()
    let run = try OfficeReportRun()
    let pdf = try LibreOffice.pdf(of: run.docx, in: run.demo.folder)
    let text = squeezed(try LibreOffice.text(ofPDF: pdf))
    for words in [
      "落实情况的督查通报", "（评估年份：2025年）", "一、总体情况", "二、目标指标完成情况", "三、各章节措施推进情况", "四、各单位措施统计", "牵头单位", "章节",
      "序时进度",
    ] {
      #expect(text.contains(squeezed(words)), "\(words)")
    }
    let total = (run.json["measure_counts"] as? [String: Int])?["total"] ?? -1
    #expect(text.contains("纳入督查的措施共\(total)项"))
    for target in run.targets.prefix(5) {
      let name = squeezed(target["name"] as? String ?? "")
      #expect(text.contains(name), "\(name)")
    }
    for unit in run.units.prefix(5) {
      #expect(text.contains(squeezed(unit["unit"] as? String ?? "")))
    }
    #expect(!text.contains("\u{FFFD}"))
    // Page numbers in the footer: — 1 —, — 2 — ….
    #expect(text.contains("—1—") && text.contains("—2—"))
  }

  @Test func theWorkbookPrintsWithItsChineseAndFigures() throws {
    try LibreOffice.require()
    let run = try OfficeReportRun()
    let text = squeezed(try LibreOffice.printedText(of: run.xlsx, in: run.demo.folder))
    for words in ["地区", "合川区", "名称", "评估", "基期值", "最新值", "牵头单位", "单位名称", "牵头数"] {
      #expect(text.contains(words), "\(words)")
    }
    for measure in run.measures.prefix(8) {
      #expect(text.contains(squeezed(measure["title"] as? String ?? "")))
    }
    let finished = run.targets.filter {
      $0.at("assessment", "status") as? String == "target-achieved"
    }
    #expect(
      !finished.isEmpty
        && finished.allSatisfy { text.contains(squeezed($0["name"] as? String ?? "")) })
    #expect(text.contains("各单位措施进展"))  // the chart's title
  }
}
