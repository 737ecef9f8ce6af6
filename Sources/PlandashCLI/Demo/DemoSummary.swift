import PlanModel
import ProgressStore

/// `plandash demo --print`: the demo's measure counts per region and cluster (as
/// `plandash status` prints them) and its target assessments counted per region.
enum DemoSummary {
  static func text(catalog: Catalog, snapshot: ProgressSnapshot, asOf: Int, regions: [String])
    -> String
  {
    var out = "plandash demo — INVENTED EXAMPLE FIGURES (示例数据,数字均为虚构), as of \(asOf)\n\n"
    let lines = regions.flatMap {
      StatusSummary.lines(catalog: catalog, snapshot: snapshot, region: $0)
    }
    out += StatusTable.render(lines)
    out += "\nTargets by assessment status\n"
    let statuses = ProgressReport.statusOrder
    var rows: [[String]] = []
    for plan in catalog.plans where regions.contains(plan.region.id) {
      let items = CatalogAssessment.items(
        catalog: catalog, snapshot: snapshot, asOf: asOf, region: plan.region.id)
      let counts = CatalogAssessment.counts(items)
      rows.append(
        [plan.region.id] + statuses.map { String(counts[$0] ?? 0) } + [String(items.count)])
    }
    out += TextTable.render(
      header: ["region"] + statuses.map(\.label) + ["total"], rows: rows,
      rightAligned: Set(1...(statuses.count + 1)))
    return out
  }
}
