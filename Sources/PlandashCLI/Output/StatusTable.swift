import Dashboard
import PlanModel
import ProgressStore

/// Measure counts by status per region and cluster, as `plandash status` and
/// `plandash demo --print` print them.
enum StatusTable {
  static func render(_ lines: [StatusSummary.Line], _ language: Language) -> String {
    let header =
      CLIText.Header.row([.regionOrCluster, .id], language)
      + MeasureStatus.allCases.map { CLIText.status($0)(language) } + [
        CLIText.Header.total.name(language)
      ]
    return TextTable.render(
      header: header,
      rows: lines.map { line in
        [String(repeating: "  ", count: line.depth) + line.name, line.id ?? ""]
          + MeasureStatus.allCases.map { String(line.counts[$0]) } + [String(line.counts.total)]
      }, rightAligned: Set(2...6))
  }
}
