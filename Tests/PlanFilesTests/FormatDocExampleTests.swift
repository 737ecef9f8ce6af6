import PlanModel
import PlandashTestSupport
import Testing

@testable import PlanFiles

/// docs/plan-format.md's complete example is a valid plan file, outline and all.
@Suite struct FormatDocExampleTests {
  @Test func theCompleteExampleLoadsWithoutProblems() throws {
    let page = try #require(PackagePaths.text(PackagePaths.docs + "/plan-format.md"))
    let section = try #require(page.range(of: "## A complete example"))
    let rest = page[section.upperBound...]
    let open = try #require(rest.range(of: "```yaml\n"))
    let close = try #require(rest[open.upperBound...].range(of: "```"))
    let folder = TemporaryFolder()
    folder.write("hechuan.yaml", String(rest[open.upperBound..<close.lowerBound]))
    let result = PlanLoader.load(paths: [folder.path])
    #expect(result.problems.isEmpty, "\(result.problems)")
    let plan = try #require(result.plans.first)
    #expect(plan.outline.map(\.key) == ["一", "二", "三", "三(一)", "三(二)"])
    let outline = PlanOutline(plan)
    #expect(outline.unplaced.isEmpty)
    #expect(outline.items(.measures, under: outline.indexByKey["三"]!) == [0])
  }
}
