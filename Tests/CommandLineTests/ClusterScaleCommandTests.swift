import Foundation
import PlandashTestSupport
import Testing

/// A cluster's scale as a tracked goal, through the real binary on the shipped plans:
/// `actual set/import/list`, `report` and `export --format json` agree.
@Suite(.enabled(if: PlandashBinary.available, Comment(rawValue: PlandashBinary.skipReason)))
struct ClusterScaleCommandTests {
  let autoParts = "hechuan.cluster.auto-parts"

  func withStore(_ body: (String, String) throws -> Void) throws {
    let folder = NSTemporaryDirectory() + "plandash-cluster-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try body(folder, folder + "/s.sqlite")
  }

  @Test func actualSetOnAClusterWithAScaleAndListIt() throws {
    try withStore { _, store in
      for (year, value) in [("2023", "310"), ("2025", "400")] {
        let set = try PlandashBinary.run([
          "actual", "set", autoParts, "--year", year, "--value", value, "--store", store,
        ])
        #expect(set.status == 0, "\(set.err)")
        #expect(set.out.contains("(\(autoParts)) \(year) = \(value) recorded"))
      }
      let list = try PlandashBinary.run(["actual", "list", "--store", store])
      let rows = list.out.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
      #expect(rows.contains([autoParts, "2023", "310"]))
      #expect(rows.contains([autoParts, "2025", "400"]))
    }
  }

  @Test func aClusterWithoutAScaleIsRefusedInOneLine() throws {
    try withStore { _, store in
      let result = try PlandashBinary.run([
        "actual", "set", "hechuan.cluster.satellite-internet", "--year", "2024", "--value", "3",
        "--store", store,
      ])
      #expect(result.status != 0)
      #expect(
        result.err
          == "plandash: “卫星互联网” (hechuan.cluster.satellite-internet) is a cluster without a scale figure; actual figures (亿元) are recorded only for clusters with a scale\n"
      )
    }
  }

  @Test func csvImportTakesAScaledClusterAndRefusesTheRest() throws {
    try withStore { folder, store in
      let bad = folder + "/bad.csv"
      try Data(
        "id,year,value,note\nhechuan.cluster.hotpot-ingredients,2024,190,\nhechuan.cluster.robots,2024,5,\n"
          .utf8
      ).write(to: URL(fileURLWithPath: bad))
      let refused = try PlandashBinary.run(["actual", "import", bad, "--store", store])
      #expect(refused.status != 0)
      #expect(
        refused.err.contains(
          "bad.csv:3: “机器人” (hechuan.cluster.robots) is a cluster without a scale"))
      let good = folder + "/good.csv"
      try Data("id,year,value,note\nhechuan.cluster.hotpot-ingredients,2024,190,快报\n".utf8)
        .write(to: URL(fileURLWithPath: good))
      let imported = try PlandashBinary.run(["actual", "import", good, "--store", store])
      #expect(imported.status == 0, "\(imported.err)")
      let list = try PlandashBinary.run([
        "actual", "list", "hechuan.cluster.hotpot-ingredients", "--store", store,
      ])
      #expect(list.out.contains("2024") && list.out.contains("190") && list.out.contains("快报"))
    }
  }

  @Test func reportAndExportAgreeOnAClusterAssessment() throws {
    try withStore { _, store in
      for (year, value) in [("2023", "310"), ("2024", "355"), ("2025", "400")] {
        _ = try PlandashBinary.run([
          "actual", "set", autoParts, "--year", year, "--value", value, "--store", store,
        ])
      }
      // 310 (2023) → 400 (2025) of 500 (2027):
      // observed (400/310)^(1/2) − 1 = 0.135924, required (500/310)^(1/4) − 1 = 0.126943,
      // R = 1.07075 → on track
      let report = try PlandashBinary.run([
        "report", "--store", store, "--region", "hechuan", "--as-of", "2025", "--format", "json",
      ])
      #expect(report.status == 0, "\(report.err)")
      let reportObject = try #require(
        try JSONSerialization.jsonObject(with: Data(report.out.utf8)) as? [String: Any])
      let targets = try #require(reportObject["targets"] as? [[String: Any]])
      let line = try #require(targets.first { $0["id"] as? String == autoParts })
      #expect(line["kind"] as? String == "cluster")
      #expect(line["unit"] as? String == "亿元")
      let fromReport = try #require(line["assessment"] as? [String: Any])
      #expect(fromReport["status"] as? String == "on-track")
      #expect(abs((fromReport["ratio"] as? Double ?? 0) - 1.07075) < 1e-3)
      #expect(fromReport["target_value"] as? Double == 500)
      #expect(fromReport["target_year"] as? Int == 2027)
      #expect(fromReport["base_value"] as? Double == 310)

      let export = try PlandashBinary.run([
        "export", "--format", "json", "--store", store, "--as-of", "2025",
      ])
      #expect(export.status == 0, "\(export.err)")
      let exported = try #require(
        try JSONSerialization.jsonObject(with: Data(export.out.utf8)) as? [String: Any])
      let plans = try #require(exported["plans"] as? [[String: Any]])
      let clusters = plans.flatMap { $0["clusters"] as? [[String: Any]] ?? [] }
      let cluster = try #require(clusters.first { $0["id"] as? String == autoParts })
      let fromExport = try #require(cluster["assessment"] as? [String: Any])
      for key in ["status", "ratio", "observed_rate", "required_rate", "target_value"] {
        #expect("\(fromExport[key] ?? "nil")" == "\(fromReport[key] ?? "nil")", "\(key)")
      }
    }
  }

  @Test func demoRenderShowsTheScaleBarAndSparkline() throws {
    try withStore { folder, _ in
      let result = try PlandashBinary.run(
        [
          "demo", "render", "--width", "120", "--height", "30", "--as-of", "2025", "--keys",
          "2 Enter",
        ], environment: ["XDG_DATA_HOME": folder, "LANG": "en_US.UTF-8", "LC_ALL": ""])
      #expect(result.status == 0, "\(result.err)")
      let lines = result.out.components(separatedBy: "\n")
      // SampleData/demo/progress.json: auto-parts 310, 355, 400 (invented) → on track
      let scale = try #require(lines.first { $0.contains("Output scale 亿元") })
      #expect(scale.contains("500 (2027)") && scale.contains("400 (2025)"))
      #expect(scale.contains("+ on track") && scale.contains("█"))
      #expect(lines.contains { $0.contains("actuals 2023–2025") && $0.contains("▁▄█") })
    }
  }
}
