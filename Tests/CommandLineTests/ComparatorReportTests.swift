import Foundation
import PlandashTestSupport
import Testing

/// The demo's comparator indicator (合川 二氧化碳排放下降幅度, above 全社会下降幅度 by 2027;
/// own 2.5, 2.9, 3 against 2.8, 3.1, 3.1 in 2023–2025): in the report and the JSON export as
/// of 2026 its target is `>3.1 (2027)` as on screen, and its schedule runs 2023–2027:
/// (2026 − 2023) / 4 = 75% elapsed, not overdue.
@Suite(.enabled(if: PlandashBinary.available, Comment(rawValue: PlandashBinary.skipReason)))
struct ComparatorReportTests {
  let id = "hechuan.indicator.co2-reduction"

  @Test func reportAndExportRunToTheItemsOwnYear() throws {
    let demo = try DemoStore()
    let (env, store) = (demo.environment, demo.path)

    let report = try PlandashBinary.run(
      ["report", "--store", store, "--as-of", "2026", "--region", "hechuan", "--lang", "en"],
      environment: env)
    #expect(report.status == 0, "\(report.err)")
    let line = try #require(report.out.split(separator: "\n").first { $0.contains(id) })
    #expect(line.contains("~ acceleration needed"))
    #expect(line.contains("3 (2025)") && line.contains(">3.1 (2027)") && line.contains("gap -0.1"))
    #expect(line.contains("75.0%"))
    #expect(!line.contains("overdue"))

    let export = try PlandashBinary.run(
      ["export", "--store", store, "--as-of", "2026"], environment: env)
    #expect(export.status == 0, "\(export.err)")
    let json = try JSONSerialization.jsonObject(with: Data(export.out.utf8))
    let item = try #require(JSONSearch.object(withID: id, in: json))
    let assessment = try #require(item["assessment"] as? [String: Any])
    #expect(assessment["target_value"] as? Double == 3.1)
    #expect(assessment["target_year"] as? Int == 2027)
    #expect(assessment["latest_year"] as? Int == 2025)
    let schedule = try #require(assessment["schedule"] as? [String: Any])
    #expect(schedule["end_year"] as? Int == 2027)
    #expect(schedule["overdue"] as? Bool == false)
  }
}
