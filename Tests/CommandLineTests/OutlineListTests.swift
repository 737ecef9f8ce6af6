import Foundation
import PlandashTestSupport
import Testing

/// `plandash list outline`: the headings as an indented tree with each one's roll-up.
@Suite(.enabled(if: PlandashBinary.available, Comment(rawValue: PlandashBinary.skipReason)))
struct OutlineListTests {
  /// A plan with a preamble measure, a chapter without measures, two sections and a part
  /// the text does not head.
  static let plan = """
    format: 1
    region: {id: xq, name: 新区, level: 区}
    plan: {title: 行动方案, horizon: {start: 2023, end: 2027}}
    outline:
      - {key: 一, number: 一、, title: 发展基础}
      - {key: 二, number: 二、, title: 重点任务}
      - {key: 二(一), number: (一), title: 培育产业集群, parent: 二}
      - {key: 二(二), number: (二), title: 培育优质企业, parent: 二}
      - {key: P1, number: "", title: 保障, in_text: false}
    measures:
      - {id: xq.measure.pre, section: null, position: 序言, title: 总体, text: 总体。, due: 2025, source: {}}
      - {id: xq.measure.a, section: (一), title: 甲, text: 甲。, due: 2024, source: {heading: 二(一)}}
      - {id: xq.measure.b, section: (一), title: 乙, text: 乙。, due: 2027, source: {heading: 二(一)}}
      - {id: xq.measure.c, section: (二), title: 丙, text: 丙。, due: 2027, source: {heading: 二(二)}}

    """

  /// Each output line as its indentation and its cells (split where two spaces or more part them).
  func cells(_ out: String) -> [String] {
    out.split(separator: "\n").map { line in
      let indent = line.prefix { $0 == " " }.count
      let parts = line.split(separator: "  ", omittingEmptySubsequences: true)
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      return "\(indent)|" + parts.joined(separator: "|")
    }
  }

  @Test func theTreeWithItsRollUp() throws {
    let folder = TemporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder.path("plans"), withIntermediateDirectories: true)
    folder.write("plans/xq.yaml", Self.plan)
    let env = [
      "PLANDASH_PLANS": folder.path("plans"), "PLANDASH_STORE": folder.path("progress.sqlite"),
      "XDG_CACHE_HOME": folder.path("cache"), "XDG_DATA_HOME": folder.path("data"),
    ]
    let mark = try PlandashBinary.run(["mark", "xq.measure.b", "--as", "经信局"], environment: env)
    #expect(mark.status == 0, "\(mark.err)")
    let result = try PlandashBinary.run(
      ["list", "outline", "--region", "xq", "--as-of", "2026"], environment: env)
    #expect(result.status == 0, "\(result.err)")
    #expect(
      cells(result.out) == [
        "0|heading|measures done|overdue",
        "0|新区 (xq) 行动方案",
        "2|(before the first heading)|0/1|1",
        "2|一、发展基础|—|—",
        "2|二、重点任务|1/3|1",
        "4|(一)培育产业集群|1/2|1",
        "4|(二)培育优质企业|0/1|0",
        "2|保障 (untitled in text)|—|—",
      ], "\(result.out)")
    let chinese = try PlandashBinary.run(
      ["list", "outline", "--as-of", "2026", "--lang", "zh"], environment: env)
    #expect(
      Array(cells(chinese.out).prefix(3)) == [
        "0|章节|措施完成|逾期", "0|新区（xq）行动方案", "2|（首个标题之前）|0/1|1",
      ], "\(chinese.out)")
    #expect(cells(chinese.out).last == "2|保障（原文无标题）|—|—")
  }

  @Test func aPlanWithoutAnOutlineSaysSo() throws {
    let folder = TemporaryFolder()
    let bare = Self.plan.components(separatedBy: "\n").filter {
      !$0.hasPrefix("  - {key:") && $0 != "outline:"
    }.joined(separator: "\n").replacingOccurrences(of: "heading: 二(一)", with: "")
      .replacingOccurrences(of: "heading: 二(二)", with: "")
    try FileManager.default.createDirectory(
      atPath: folder.path("plans"), withIntermediateDirectories: true)
    folder.write("plans/xq.yaml", bare)
    let result = try PlandashBinary.run(
      ["list", "outline", "--plans", folder.path("plans"), "--as-of", "2026"],
      environment: ["XDG_CACHE_HOME": folder.path("cache"), "XDG_DATA_HOME": folder.path("data")])
    #expect(result.status == 0, "\(result.err)")
    #expect(
      cells(result.out) == [
        "0|heading|measures done|overdue", "0|新区 (xq) 行动方案", "2|(no outline recorded)|0/4|2",
      ], "\(result.out)")
  }

  @Test func anUnknownRegionIsRefused() throws {
    let result = try PlandashBinary.run(["list", "outline", "--region", "hefei"])
    #expect(result.status != 0)
    #expect(result.err.contains("hefei"))
  }
}
