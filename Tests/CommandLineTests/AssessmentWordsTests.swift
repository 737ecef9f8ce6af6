import Foundation
import PlandashTestSupport
import Testing

/// A 零突破 count not yet reached before its year (the demo's 制造业单项冠军: 0 → 1 by 2027, as
/// of 2025) has one category and one wording on screen, in the report and in the JSON export:
/// the words of `AssessmentStatus` (PlanModel), `x` · "not yet achieved" · 尚未实现, on screen
/// as in the report.
@Suite(.enabled(if: PlandashBinary.available, Comment(rawValue: PlandashBinary.skipReason)))
struct AssessmentWordsTests {
  let champion = "hechuan.ladder.sme-gradient.single-champion"

  @Test func screenReportAndExportAgreeOnAZeroBreakthroughNotYetReached() throws {
    let demo = try DemoStore()
    let (env, store) = (demo.environment, demo.path)

    // screen: the Targets view of 合川, in both languages
    for (lang, word) in [("en", "x not yet achieved"), ("zh", "x 尚未实现")] {
      let screen = try PlandashBinary.run(
        [
          "demo", "render", "--as-of", "2025", "--lang", lang, "--width", "160", "--height",
          "60", "--keys", ": region Space hechuan Enter T",
        ], environment: env)
      #expect(screen.status == 0, "\(screen.err)")
      let row = screen.out.split(separator: "\n").first { $0.contains("制造业单项冠军") }
      #expect(row?.contains(word) == true, "\(screen.out)")
      #expect(row?.contains("not achieved") == false)
    }

    // report
    let report = try PlandashBinary.run(
      [
        "report", "--store", store, "--as-of", "2025", "--region", "hechuan", "--format", "text",
        "--lang", "en",
      ],
      environment: env)
    #expect(report.status == 0, "\(report.err)")
    let line = report.out.split(separator: "\n").first { $0.contains("制造业单项冠军") }
    #expect(line?.contains("x not yet achieved") == true, "\(report.out)")

    // JSON export and JSON report: the same category and words
    for arguments in [
      ["export", "--store", store, "--as-of", "2025"],
      ["report", "--store", store, "--as-of", "2025", "--format", "json"],
    ] {
      let result = try PlandashBinary.run(arguments, environment: env)
      #expect(result.status == 0, "\(result.err)")
      let json = try JSONSerialization.jsonObject(with: Data(result.out.utf8))
      let item = try #require(JSONSearch.object(withID: champion, in: json), "\(arguments)")
      let assessment = (item["assessment"] as? [String: Any]) ?? item
      #expect(assessment["status"] as? String == "not-achieved", "\(arguments)")
      #expect(assessment["label"] as? String == "not yet achieved", "\(arguments)")
      #expect(assessment["label_zh"] as? String == "尚未实现", "\(arguments)")
    }
  }
}
