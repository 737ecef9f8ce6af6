import Foundation
import PlandashTestSupport

/// A plans folder with one plan file (region `testville`, horizon 2023–2027): a target
/// with a 2022 baseline, a cluster, and `measures` measures `testville.measure.m0` ….
struct FixturePlanFolder {
  let path: String

  init(in folder: TemporaryFolder, measures: Int = 3, leaving omitted: Set<Int> = []) throws {
    path = folder.path("plans")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    try write(measures: measures, leaving: omitted)
  }

  /// Rewrites the plan file, e.g. without some measures, as a user editing it would.
  func write(measures: Int, leaving omitted: Set<Int> = []) throws {
    var lines = [
      "format: 1", "region:", "  id: testville", "  name: 测试县", "  level: 县", "plan:",
      "  title: \"测试县工业发展规划\"", "  horizon: {start: 2023, end: 2027}", "targets:",
      "  - id: testville.target.revenue", "    metric: \"规上工业营业收入\"", "    kind: absolute",
      "    direction: up", "    unit: \"亿元\"", "    baseline: {value: 100, year: 2022}",
      "    target: {value: 200, year: 2027}", "    source: {section: 二, text: \"营业收入达到200亿元\"}",
      "clusters:", "  - id: testville.cluster.food", "    name: \"食品\"",
      "    source: {section: 三, text: \"食品\"}", "measures:",
    ]
    for index in 0..<measures where !omitted.contains(index) {
      lines += [
        "  - id: testville.measure.m\(index)", "    section: \"\(index + 1).\"",
        "    title: \"措施\(index)\"", "    text: \"措施\(index)的内容\"",
      ]
      if index == 0 { lines.append("    clusters: [testville.cluster.food]") }
      lines.append("    source: {section: \"\(index + 1).\"}")
    }
    try Data((lines.joined(separator: "\n") + "\n").utf8)
      .write(to: URL(fileURLWithPath: path + "/testville.yaml"))
  }
}
