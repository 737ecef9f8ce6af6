import Foundation
import PlandashTestSupport
import Testing

/// `plandash report`: each group's measures under the chapter › section heading they are
/// written under, in every format.
@Suite(.enabled(if: PlandashBinary.available, Comment(rawValue: PlandashBinary.skipReason)))
struct OutlineReportTests {
  /// The outline plan of `OutlineListTests` with `xq.measure.b` done, reported as of 2026.
  func report(_ format: String, region: Bool = true) throws -> String {
    let folder = TemporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder.path("plans"), withIntermediateDirectories: true)
    folder.write("plans/xq.yaml", OutlineListTests.plan)
    let env = [
      "PLANDASH_PLANS": folder.path("plans"), "PLANDASH_STORE": folder.path("progress.sqlite"),
      "XDG_CACHE_HOME": folder.path("cache"), "XDG_DATA_HOME": folder.path("data"),
    ]
    let mark = try PlandashBinary.run(["mark", "xq.measure.b", "--as", "经信局"], environment: env)
    #expect(mark.status == 0, "\(mark.err)")
    let result = try PlandashBinary.run(
      ["report", "--as-of", "2026", "--format", format, "--lang", "en"]
        + (region ? ["--region", "xq"] : []), environment: env)
    #expect(result.status == 0, "\(result.err)")
    return result.out
  }

  /// The measure ids of the lines after each label line, in order.
  func blocks(_ text: String, labels: [String]) -> [String: [String]] {
    var found: [String: [String]] = [:]
    var current: String?
    for line in text.components(separatedBy: "\n") {
      if labels.contains(line) {
        current = line
      } else if let current,
        let id = line.split(separator: " ").first(where: {
          $0.hasPrefix("xq.measure.")
        })
      {
        found[current, default: []].append(String(id))
      } else if line.isEmpty {
        current = nil
      }
    }
    return found
  }

  @Test func textGroupsEachGroupsMeasuresUnderTheirHeadings() throws {
    let text = try report("text")
    let lines = text.components(separatedBy: "\n")
    let late = try #require(lines.firstIndex(of: "Overdue and behind-schedule measures"))
    let finished = try #require(lines.firstIndex(of: "Finished measures"))
    let lateLines = Array(lines[late..<finished])
    let labels = [
      "(under no heading)", "二、重点任务 › (一)培育产业集群", "二、重点任务 › (二)培育优质企业",
    ]
    #expect(lateLines.filter(labels.contains) == labels, "\(text)")
    #expect(
      blocks(lateLines.joined(separator: "\n"), labels: labels) == [
        labels[0]: ["xq.measure.pre"], labels[1]: ["xq.measure.a"], labels[2]: ["xq.measure.c"],
      ], "\(text)")
    let finishedLines = Array(lines[finished...]).joined(separator: "\n")
    #expect(blocks(finishedLines, labels: [labels[1]]) == [labels[1]: ["xq.measure.b"]])
  }

  @Test func everyRegionsReportNamesTheRegionBeforeTheHeading() throws {
    let text = try report("text", region: false)
    #expect(text.contains("\nxq · 二、重点任务 › (一)培育产业集群\n"), "\(text)")
  }

  @Test func markdownGivesEachHeadingItsOwnTable() throws {
    let text = try report("markdown")
    #expect(text.contains("### 二、重点任务 › (一)培育产业集群\n\n| "), "\(text)")
    #expect(text.contains("### (under no heading)\n\n| "))
  }

  @Test func csvAndJSONCarryTheHeading() throws {
    let csv = try report("csv")
    #expect(csv.contains("heading"))
    #expect(csv.contains("二、重点任务 › (二)培育优质企业"))
    let json = try report("json")
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let measures = try #require(root["measures"] as? [[String: Any]])
    let a = try #require(measures.first { $0["id"] as? String == "xq.measure.a" })
    #expect(a["heading"] as? String == "二(一)")
    #expect(a["heading_path"] as? [String] == ["二、重点任务", "(一)培育产业集群"])
    let pre = try #require(measures.first { $0["id"] as? String == "xq.measure.pre" })
    #expect(pre["heading"] is NSNull)
  }
}
