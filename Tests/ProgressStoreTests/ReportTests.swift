import Foundation
import PlanModel
import PlandashTestSupport
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
    let store = try ProgressStore(path: folder.path("p.sqlite"))
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

@Suite struct ProgressExportTests {
  @Test func measuresGetTheirStatusAndItemsTheirActuals() {
    var snapshot = ProgressSnapshot()
    snapshot.measures["m.1"] = MeasureProgress(
      status: .blocked, note: "缺资金", updatedAt: 0, updatedBy: "经信局")
    snapshot.actuals["t.1"] = [
      Actual(itemID: "t.1", year: 2023, value: 1),
      Actual(itemID: "t.1", year: 2024, value: 2.5, note: "年报"),
    ]
    let fields = ProgressExport.attachments(snapshot)
    #expect(fields["m.1"]?["status"] as? String == "blocked")
    #expect(fields["m.1"]?["status_note"] as? String == "缺资金")
    #expect(fields["m.1"]?["status_updated_at"] as? String == "1970-01-01T00:00:00Z")
    #expect(fields["m.1"]?["status_updated_by"] as? String == "经信局")
    let actuals = fields["t.1"]?["actuals"] as? [[String: Any]]
    #expect(actuals?.map { $0["year"] as? Int } == [2023, 2024])
    #expect(actuals?.map { $0["value"] as? Double } == [1, 2.5])
    #expect(actuals?.last?["note"] as? String == "年报")
  }
}
