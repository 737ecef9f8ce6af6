import PlanModel
import ProgressStore

/// Measure counts by status per region and cluster, as `plandash status` and
/// `plandash demo --print` print them.
enum StatusTable {
  static func render(_ lines: [StatusSummary.Line]) -> String {
    TextTable.render(
      header: ["region / cluster", "id"] + MeasureStatus.allCases.map(\.rawValue) + ["total"],
      rows: lines.map { line in
        [String(repeating: "  ", count: line.depth) + line.name, line.id ?? ""]
          + MeasureStatus.allCases.map { String(line.counts[$0]) } + [String(line.counts.total)]
      }, rightAligned: Set(2...6))
  }
}
