import Foundation
import PlanModel
import PlandashTestSupport
import Testing

@testable import PlandashCLI

/// A cluster's scale goal in the report (every format reads the same lines) and in the JSON
/// export's attachments, agreeing.
@Suite struct ClusterScaleReportTests {
  static let parts = "hechuan.cluster.parts"

  /// ReportFixture's plan with two clusters: parts (力争500亿 by 2027, led by 区经济信息委)
  /// and hotpot (300亿 by 2027, led by 区农业农村委).
  static var catalog: Catalog {
    var plan = ReportFixture.plan
    plan.clusters = [
      Cluster(
        id: parts, name: "汽车零部件", scale: Figure(value: 500, year: 2027, qualifiers: ["力争"]),
        leadUnits: ["区经济信息委"], source: ReportFixture.source),
      Cluster(
        id: "hechuan.cluster.hotpot", name: "火锅食材", scale: Figure(value: 300, year: 2027),
        leadUnits: ["区农业农村委"], source: ReportFixture.source),
    ]
    return Catalog(plans: [plan])
  }

  static var snapshot: ProgressSnapshot {
    var snapshot = ReportFixture.snapshot
    snapshot.actuals[parts] = [
      Actual(itemID: parts, year: 2023, value: 310), Actual(itemID: parts, year: 2025, value: 400),
    ]
    return snapshot
  }

  static func report(unit: String? = nil) -> ProgressReport {
    ProgressReport(catalog: catalog, snapshot: snapshot, asOf: 2025, region: nil, unit: unit)
  }

  @Test func theScaleIsAssessedInTheReport() throws {
    let line = try #require(Self.report().targets.first { $0.item.id == Self.parts })
    // 310 (2023) → 400 (2025) of 500 (2027): observed (400/310)^(1/2) − 1 = 0.135924,
    // required (500/310)^(1/4) − 1 = 0.126943, R = 1.07075 → on track
    #expect(line.item.kind == .cluster && line.item.unit == "亿元")
    #expect(line.item.assessment.status == .onTrack)
    #expect(abs((line.item.assessment.ratio ?? 0) - 1.07075) < 1e-3)
    // 序时进度: issued 2023, due 2027, as of 2025: elapsed 2/4 = 50%;
    // done 400/500 = 80% (no plan baseline)
    #expect(line.schedule.elapsed == 0.5)
    let hotpot = try #require(
      Self.report().targets.first { $0.item.id == "hechuan.cluster.hotpot" })
    #expect(hotpot.item.assessment.status == .notAssessable)
    let rows = parseCSV(CSVReportFormatter.render(Self.report(), .en))
    let header = rows[0]
    func column(_ row: [String], _ name: String) -> String { row[header.firstIndex(of: name)!] }
    let row = try #require(rows.first { column($0, "id") == Self.parts })
    #expect(column(row, "name") == "汽车零部件" && column(row, "status") == "on track")
    #expect(column(row, "figure_unit") == "亿元")
  }

  @Test func aUnitKeepsTheClustersItLeads() {
    let ids = Self.report(unit: "经济信息委").targets.map(\.item.id)
    #expect(ids.contains(Self.parts))
    #expect(!ids.contains("hechuan.cluster.hotpot"))
  }

  @Test func exportCarriesTheSameAssessment() throws {
    let attachments = AssessmentFields.attachments(
      catalog: Self.catalog, snapshot: Self.snapshot, asOf: 2025)
    let exported = try #require(attachments[Self.parts]?["assessment"] as? [String: Any])
    let line = try #require(Self.report().targets.first { $0.item.id == Self.parts })
    let fromReport = AssessmentFields.fields(line.item.assessment)
    for key in ["status", "ratio", "observed_rate", "required_rate", "target_value", "base_value"] {
      #expect("\(exported[key] ?? "nil")" == "\(fromReport[key] ?? "nil")", "\(key)")
    }
  }
}
