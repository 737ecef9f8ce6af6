import PlanModel
import Testing

@testable import ProgressStore

/// A comparator target's comparator series is recorded under `<id>.comparator`: the store's
/// id check accepts it (with the owner's years) and it is never listed as orphaned.
@Suite struct ComparatorSeriesCheckTests {
  static let source = SourceRef(section: "(三)", text: "高于全省平均水平")
  let catalog = Catalog(plans: [
    Plan(
      region: Region(id: "bazhong", name: "巴中市", level: .city),
      document: PlanDocument(title: "方案", horizon: Horizon(start: 2023, end: 2027)),
      targets: [
        Target(
          id: "bazhong.target.investment-growth", metric: "工业投资增速",
          goal: Goal(
            kind: .comparator, direction: .up, target: Figure(year: 2027),
            comparator: "全省平均水平"), source: source),
        Target(
          id: "bazhong.target.parks", metric: "园区",
          goal: Goal(kind: .count, direction: .up, unit: "个", target: Figure(value: 6, year: 2027)),
          source: source),
      ])
  ])

  @Test func theComparatorSeriesOfAComparatorTargetMayBeRecorded() {
    let check = PlanItemCheck(catalog: catalog)
    #expect(
      check.actualProblem("bazhong.target.investment-growth.comparator", year: 2024)?.en == nil)
    #expect(
      check.actualProblem("bazhong.target.investment-growth.comparator", year: 2030)?.en
        == "year 2030 is outside the years accepted for “工业投资增速” (bazhong.target.investment-growth) (2013–2027: from ten years before the plan was issued to the end of its horizon)"
    )
    // only comparator targets have one
    #expect(
      check.actualProblem("bazhong.target.parks.comparator", year: 2024)?.en.hasPrefix(
        "unknown id bazhong.target.parks.comparator") == true)
  }

  @Test func aComparatorSeriesIsNotAnOrphan() {
    let snapshot = ProgressSnapshot(actuals: [
      "bazhong.target.investment-growth.comparator": [
        Actual(itemID: "bazhong.target.investment-growth.comparator", year: 2024, value: 6.1)
      ],
      "bazhong.target.gone": [Actual(itemID: "bazhong.target.gone", year: 2024, value: 1)],
    ])
    #expect(
      OrphanProgress(snapshot: snapshot, catalog: catalog).actualIDs == ["bazhong.target.gone"])
  }
}
