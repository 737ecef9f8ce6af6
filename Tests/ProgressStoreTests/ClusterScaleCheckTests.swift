import PlanModel
import Testing

@testable import ProgressStore

/// Actual figures for a cluster's scale (亿元): accepted for clusters with a scale figure,
/// refused in one line for the others.
@Suite struct ClusterScaleCheckTests {
  static var catalog: Catalog {
    var plan = FixturePlans.hechuan
    plan.clusters[0].scale = Figure(value: 500, year: 2027, qualifiers: ["力争"])
    return Catalog(plans: [plan])
  }

  let check = PlanItemCheck(catalog: ClusterScaleCheckTests.catalog)

  @Test func aClusterWithAScaleTakesActuals() {
    #expect(check.actualProblem("hechuan.cluster.auto", year: 2024)?.en == nil)
    // ten years before the plan (no issue date: its horizon's start, 2023) to its end, 2027
    #expect(ActualRules(catalog: Self.catalog).years(of: "hechuan.cluster.auto") == 2013...2027)
    #expect(
      check.actualProblem("hechuan.cluster.auto", year: 2030)?.en
        == "year 2030 is outside the years accepted for “汽摩产业” (hechuan.cluster.auto) (2013–2027: from ten years before the plan was issued to the end of its horizon)"
    )
  }

  @Test func aClusterWithoutAScaleIsRefusedInOneLine() {
    #expect(
      check.actualProblem("hechuan.cluster.auto-parts", year: 2024)?.en
        == "“汽车零部件” (hechuan.cluster.auto-parts) is a cluster without a scale figure; actual figures (亿元) are recorded only for clusters with a scale"
    )
  }

  @Test func closestSuggestionsNameOnlyClustersThatTakeActuals() {
    // auto-parts has no scale, so it is not suggested for a figure
    let problem = check.actualProblem("hechuan.cluster.autp", year: 2024)?.en ?? ""
    #expect(problem.hasPrefix("unknown id hechuan.cluster.autp (closest: hechuan.cluster.auto, "))
    #expect(!problem.contains("auto-parts"))
  }

  @Test func csvImportAcceptsAScaledClusterAndRefusesAnother() {
    let text =
      "id,year,value,note\nhechuan.cluster.auto,2024,355,统计快报\nhechuan.cluster.auto-parts,2024,3,\n"
    let result = ActualsCSV.read(bytes: Array(text.utf8), file: "a.csv") {
      check.actualProblem($0, year: $1)
    }
    #expect(result.rows.map(\.actual.itemID) == ["hechuan.cluster.auto"])
    #expect(
      result.problems.map(\.description)
        == [
          "a.csv:3: “汽车零部件” (hechuan.cluster.auto-parts) is a cluster without a scale figure; actual figures (亿元) are recorded only for clusters with a scale"
        ])
  }
}
