import PlanModel
import Testing

@testable import PlanFiles

/// The `outline:` list and `source.heading` / `source.review` as a plan file holds them.
@Suite struct OutlineReadingTests {
  func read(_ text: String) -> PlanFileReader.Result {
    PlanFileReader.read(text: text, file: "plan.yaml")
  }

  @Test func headingsAreReadInOrderWithLevelsFromTheirParents() throws {
    let result = read(OutlinePlan.text)
    #expect(result.problems.isEmpty, "\(result.problems)")
    let outline = try #require(result.plan?.outline)
    #expect(outline.map(\.key) == ["一", "二", "二(一)", "二(一)1", "二(二)", "P1"])
    #expect(outline.map(\.level) == [1, 1, 2, 3, 2, 1])
    #expect(
      outline.map(\.printed) == ["一、发展基础", "二、重点任务", "(一)聚力打造主导产业集群", "1.汽车零部件", "(二)培育企业梯队", "保障"])
    #expect(outline.map(\.inText) == [true, true, true, true, true, false])
    #expect(outline[3].parent == "二(一)")
  }

  @Test func itemsNameTheirHeadingAndReviewReasons() throws {
    let plan = try #require(read(OutlinePlan.text).plan)
    #expect(plan.targets.first?.source.heading == "二")
    #expect(plan.targets.first?.source.review == [])
    #expect(plan.measures.first?.source.heading == "二(一)1")
    #expect(plan.measures.first?.source.review == ["年份取自节标题"])
    #expect(PlanOutline(plan).items(.measures, under: 1) == [0])
  }

  @Test func aHeadingUnderAMissingParentStandsAtLevelOne() throws {
    let plan = try #require(read(OutlinePlan.replacing(line: 18, with: "    parent: 三")).plan)
    #expect(plan.outline[3].level == 1)
  }

  @Test func aHeadingWithoutTitleOrNumberIsReportedAtItsLine() {
    let noTitle = read(OutlinePlan.replacing(line: 21, with: "    tilte: 培育企业梯队"))
    #expect(
      noTitle.problems.map(\.description) == [
        "plan.yaml:19: missing required field 'title' in an outline heading",
        "plan.yaml:21: unknown key 'tilte' in an outline heading",
      ])
    #expect(noTitle.problems.first?.text(.zh) == "plan.yaml:19: 大纲标题缺少必填字段“title”")
    let noNumber = read(OutlinePlan.replacing(line: 24, with: "    number:"))
    #expect(noNumber.problems.map(\.line) == [23])
  }

  @Test func anOutlineThatIsNotAListIsReported() {
    let lines = OutlinePlan.lines[0..<3] + ["outline: 发展基础"] + OutlinePlan.lines[26...]
    let found = read(lines.joined(separator: "\n") + "\n").problems
    #expect(found.map(\.description) == ["plan.yaml:4: 'outline' must be a list, found a value"])
  }

  @Test func unknownKeysInASourceAreReported() {
    let found = read(
      OutlinePlan.replacing(line: 40, with: "    source: {heading: 二(一)1, reviews: [x]}"))
    #expect(found.problems.map(\.description) == ["plan.yaml:40: unknown key 'reviews' in source"])
  }

  @Test func theOutlineSurvivesWritingAndTheCache() throws {
    let plan = try #require(read(OutlinePlan.text).plan)
    let written = try PlanYAMLWriter.yaml(for: plan)
    #expect(read(written).plan == plan)
    var reader = BinaryReader(PlanSchema.encode(plan))
    #expect(try PlanSchema.decode(&reader) == plan)
  }
}
