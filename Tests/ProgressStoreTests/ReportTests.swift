import PlanModel
import Testing

@testable import ProgressStore

@Suite struct ReportTests {
  @Test func statusCountsPerRegionAndCluster() {
    var snapshot = ProgressSnapshot()
    snapshot.measures["hechuan.measure.parks"] = MeasureProgress(status: .done)
    snapshot.measures["hechuan.measure.parts-chain"] = MeasureProgress(status: .blocked)
    let lines = StatusSummary.lines(catalog: FixturePlans.catalog, snapshot: snapshot)
    #expect(lines.map(\.name) == ["合川区", "汽摩产业", "汽车零部件", "(no cluster)"])
    #expect(lines.map(\.depth) == [0, 1, 2, 1])
    let region = lines[0].counts
    #expect((region[.done], region[.blocked], region[.todo], region.total) == (1, 1, 1, 3))
    // The parent cluster counts its sub-cluster's measure too.
    #expect((lines[1].counts[.done], lines[1].counts[.blocked]) == (1, 1))
    #expect((lines[2].counts[.blocked], lines[2].counts.total) == (1, 1))
    #expect((lines[3].counts[.todo], lines[3].counts.total) == (1, 1))
    #expect(
      StatusSummary.lines(catalog: FixturePlans.catalog, snapshot: snapshot, region: "x").isEmpty)
  }

  @Test func progressOfIdsNoLongerInThePlansIsAnOrphan() throws {
    let folder = TemporaryFolder()
    let store = try ProgressStore(path: folder.file("p.sqlite"))
    try store.apply(
      .setStatus(
        ids: ["hechuan.measure.parks", "hechuan.measure.removed"], status: .done, note: nil),
      by: "a")
    try store.apply(.setActual(Actual(itemID: "hechuan.target.old", year: 2024, value: 1)), by: "a")
    try store.apply(
      .setActual(Actual(itemID: "hechuan.target.revenue", year: 2024, value: 1)), by: "a")
    let orphans = OrphanProgress(snapshot: try store.snapshot(), catalog: FixturePlans.catalog)
    #expect(orphans.measureIDs == ["hechuan.measure.removed"])
    #expect(orphans.actualIDs == ["hechuan.target.old"])
    // Listing orphans deletes nothing.
    #expect(try store.snapshot().measures.count == 2)
  }
}
