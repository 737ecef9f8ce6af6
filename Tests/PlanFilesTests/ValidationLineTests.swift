import Foundation
import PlanModel
import PlandashTestSupport
import Testing

@testable import PlanFiles

/// Every kind of problem is reported at its exact line.
@Suite struct ValidationLineTests {
  func problems(_ text: String) -> [FileProblem] {
    PlanFileReader.read(text: text, file: "plan.yaml").problems
  }

  func loadProblems(_ files: [String: String]) -> [FileProblem] {
    let folder = TemporaryFolder()
    for (name, text) in files { folder.write(name, text) }
    return PlanLoader.load(paths: [folder.path]).problems
  }

  @Test func theSmallPlanIsValid() {
    #expect(loadProblems(["a.yaml": SmallPlan.text]).isEmpty)
  }

  @Test func brokenYAMLNamesItsLine() throws {
    let found = problems(
      SmallPlan.replacing(line: 15, with: "    target: {value: 1600, year: 2027"))
    let first = try #require(found.first)
    #expect(first.message.en.hasPrefix("broken YAML"))
    #expect(first.line == 16)
  }

  @Test func badIndentationIsBrokenYAML() throws {
    let found = problems(SmallPlan.replacing(line: 12, with: "   kind: absolute"))
    let first = try #require(found.first)
    #expect(first.message.en.hasPrefix("broken YAML"))
    #expect(first.line == 12)
  }

  @Test func missingFieldPointsAtItsMapping() {
    let found = problems(SmallPlan.removing(line: 11))
    #expect(found.count == 1)
    #expect(found.first?.line == 10)
    #expect(found.first?.message.en.contains("missing required field 'metric'") == true)
  }

  @Test func missingSectionOfAMeasure() {
    let found = problems(SmallPlan.removing(line: 26))
    #expect(found.map(\.line) == [25])
    #expect(found.first?.message.en.contains("'section'") == true)
  }

  @Test func wrongTypeNamesTheValueLine() {
    let found = problems(
      SmallPlan.replacing(line: 15, with: "    target: {value: 一千六, year: 2027}"))
    #expect(found.map(\.line) == [15])
    #expect(found.first?.message.en.contains("'value' must be a number") == true)
  }

  @Test func aListWhereAMappingBelongs() {
    let found = problems(SmallPlan.replacing(line: 22, with: "    scale: [100, 300]"))
    #expect(found.map(\.line) == [22])
    #expect(found.first?.message.en.contains("scale must be a mapping") == true)
  }

  @Test func unknownKeyNamesItsLine() {
    let found = problems(SmallPlan.replacing(line: 21, with: "    teir: 主导"))
    #expect(found.map(\.line) == [21])
    #expect(found.first?.message.en == "unknown key 'teir' in a cluster")
  }

  @Test func unknownKindAndDirection() {
    let kind = problems(SmallPlan.replacing(line: 12, with: "    kind: total"))
    #expect(kind.map(\.line) == [12])
    let direction = problems(SmallPlan.replacing(line: 13, with: "    direction: upward"))
    #expect(direction.map(\.line) == [13])
  }

  @Test func unknownUnitNamesItsLine() {
    let found = loadProblems(["a.yaml": SmallPlan.replacing(line: 14, with: "    unit: 亿美元")])
    #expect(found.map(\.line) == [14])
    #expect(found.first?.message.en.contains("unknown unit '亿美元'") == true)
  }

  @Test func duplicateIDWithinAFile() {
    let folder = TemporaryFolder()
    let file = folder.write(
      "a.yaml", SmallPlan.replacing(line: 25, with: "  - id: hechuan.cluster.auto"))
    let found = PlanLoader.load(paths: [folder.path]).problems
    #expect(
      found.map(\.description) == [
        "\(file):25: duplicate id 'hechuan.cluster.auto' (first defined at \(file):19)"
      ])
  }

  @Test func duplicatesAcrossFilesNameTheFirstDefinitionByFileAndLine() {
    let folder = TemporaryFolder()
    let a = folder.write("a.yaml", SmallPlan.text)
    // The same plan again, one line lower: every id and the region clash.
    let b = folder.write("b.yaml", "# a copy\n" + SmallPlan.text)
    let found = PlanLoader.load(paths: [folder.path]).problems
    #expect(
      found.map(\.description) == [
        "\(b):4: duplicate region id 'hechuan' (first defined at \(a):3)",
        "\(b):11: duplicate id 'hechuan.target.revenue' (first defined at \(a):10)",
        "\(b):20: duplicate id 'hechuan.cluster.auto' (first defined at \(a):19)",
        "\(b):26: duplicate id 'hechuan.measure.auto' (first defined at \(a):25)",
      ])
    #expect(
      !found.contains { $0.message.en.contains("plan 1") || $0.message.en.contains("targets.0") })
  }

  @Test func aMissingPathHasNoLine() {
    let folder = TemporaryFolder()
    let missing = folder.path("nonexist.yaml")
    let result = PlanLoader.load(paths: [missing])
    #expect(result.problems.map(\.description) == ["\(missing): no such file or folder"])
    #expect(result.fileCount == 0)
  }

  @Test func duplicateIDAcrossFiles() {
    let other = SmallPlan.text.replacingOccurrences(of: "hechuan", with: "tongcheng")
      .replacingOccurrences(
        of: "  - id: tongcheng.measure.auto", with: "  - id: hechuan.measure.auto")
    let found = loadProblems(["a.yaml": SmallPlan.text, "b.yaml": other])
    #expect(found.count >= 1)
    let duplicate = found.first { $0.message.en.contains("duplicate id 'hechuan.measure.auto'") }
    #expect(duplicate?.file.hasSuffix("b.yaml") == true)
    #expect(duplicate?.line == 25)
  }

  @Test func linkThatDoesNotResolve() {
    let found = loadProblems([
      "a.yaml": SmallPlan.replacing(line: 30, with: "    clusters: [hechuan.cluster.autos]")
    ])
    #expect(found.map(\.line) == [30])
    #expect(found.first?.message.en == "unknown cluster id 'hechuan.cluster.autos'")
  }

  @Test func yearOutOfRangeAndOutsideHorizon() {
    let early = loadProblems([
      "a.yaml": SmallPlan.replacing(line: 15, with: "    target: {value: 1600, year: 1800}")
    ])
    #expect(early.map(\.line) == [15])
    #expect(early.first?.message.en.contains("out of range") == true)
    let late = loadProblems([
      "a.yaml": SmallPlan.replacing(line: 15, with: "    target: {value: 1600, year: 2030}")
    ])
    #expect(late.map(\.line) == [15])
    #expect(late.first?.message.en.contains("outside the plan's horizon") == true)
  }

  @Test func rangeOutOfOrder() {
    let found = loadProblems([
      "a.yaml": SmallPlan.replacing(line: 22, with: "    scale: {min: 300, max: 100, year: 2027}")
    ])
    #expect(found.map(\.line) == [22])
    #expect(found.first?.message.en.contains("range is not ordered") == true)
  }

  @Test func idThatIsNotReadableOrNotOfItsRegion() {
    let positional = loadProblems(["a.yaml": SmallPlan.replacing(line: 10, with: "  - id: Target1")]
    )
    #expect(positional.map(\.line) == [10])
    let foreign = loadProblems([
      "a.yaml": SmallPlan.replacing(line: 10, with: "  - id: bazhong.target.revenue")
    ])
    #expect(foreign.map(\.line) == [10])
    #expect(foreign.first?.message.en.contains("must start with the region id") == true)
  }

  @Test func fileThatIsNotUTF8() {
    var bytes = Array(SmallPlan.text.utf8)
    // Line 20 holds 汽车零部件; replace it with GBK bytes for 汽车.
    let lineStarts = bytes.indices.filter { $0 == 0 || bytes[$0 - 1] == UInt8(ascii: "\n") }
    let start = lineStarts[19]
    bytes.insert(contentsOf: [0xC6, 0xFB, 0xB3, 0xB5], at: start + 10)
    let result = PlanFileReader.read(bytes: bytes, file: "gbk.yaml")
    #expect(result.problems.map(\.line) == [20])
    #expect(result.problems.first?.message.en.contains("not UTF-8") == true)
  }

  @Test func aByteOrderMarkIsAccepted() {
    let result = PlanFileReader.read(
      bytes: [0xEF, 0xBB, 0xBF] + Array(SmallPlan.text.utf8), file: "bom.yaml")
    #expect(result.problems.isEmpty)
    #expect(result.plan != nil)
  }

  @Test func everyProblemOfAFileIsReported() {
    var text = SmallPlan.replacing(line: 21, with: "    teir: 主导")
    text = text.replacingOccurrences(of: "    kind: absolute", with: "    kind: total")
    let found = problems(text)
    #expect(found.map(\.line).sorted() == [12, 21])
  }

  @Test func problemsPrintAsFileLineMessage() {
    let problem = FileProblem(
      file: "SampleData/x.yaml", line: 12,
      message: Localized(zh: "未知单位“亿美元”", en: "unknown unit '亿美元'"))
    #expect(problem.description == "SampleData/x.yaml:12: unknown unit '亿美元'")
    #expect(problem.text(.zh) == "SampleData/x.yaml:12: 未知单位“亿美元”")
  }

  @Test func problemsAreWordedInChineseWithTheirLine() {
    let key = problems(SmallPlan.replacing(line: 21, with: "    teir: 主导"))
    #expect(key.first?.text(.zh) == "plan.yaml:21: 集群中有未知字段“teir”")
    let unit = loadProblems(["a.yaml": SmallPlan.replacing(line: 14, with: "    unit: 亿美元")])
    #expect(unit.first?.line == 14)
    #expect(unit.first?.message.zh.hasPrefix("未知单位“亿美元”") == true)
    let late = loadProblems([
      "a.yaml": SmallPlan.replacing(line: 15, with: "    target: {value: 1600, year: 2030}")
    ])
    #expect(late.first?.line == 15)
    #expect(late.first?.message.zh == "目标年2030超出规划期（2023—2027）")
  }
}
