import Dashboard
import PlanModel
import ProgressStore

/// `plandash demo --print`: the demo's measure counts per region and cluster (as
/// `plandash status` prints them) and its target assessments counted per region.
enum DemoSummary {
  static func text(
    catalog: Catalog, snapshot: ProgressSnapshot, asOf: Int, regions: [String],
    language: Language
  ) -> String {
    var out = title(asOf)(language) + "\n\n"
    let lines = regions.flatMap {
      StatusSummary.lines(catalog: catalog, snapshot: snapshot, region: $0)
    }
    out += StatusTable.render(lines, language)
    out += "\n" + targetsByStatus(language) + "\n"
    let statuses = ProgressReport.statusOrder
    var rows: [[String]] = []
    for plan in catalog.plans where regions.contains(plan.region.id) {
      let items = CatalogAssessment.items(
        catalog: catalog, snapshot: snapshot, asOf: asOf, region: plan.region.id)
      let counts = CatalogAssessment.counts(items)
      rows.append(
        [plan.region.id] + statuses.map { String(counts[$0] ?? 0) } + [String(items.count)])
    }
    let labels = statuses.map { language == .zh ? $0.labelZh : $0.label }
    out += TextTable.render(
      header: [CLIText.Header.region.name(language)] + labels + [
        CLIText.Header.total.name(language)
      ],
      rows: rows, rightAligned: Set(1...(statuses.count + 1)))
    return out
  }

  static func title(_ asOf: Int) -> Localized {
    Localized(
      zh: "plandash demo — 示例数据，数字均为虚构（INVENTED EXAMPLE FIGURES），评估年份 \(asOf)",
      en: "plandash demo — INVENTED EXAMPLE FIGURES (示例数据,数字均为虚构), as of \(asOf)")
  }

  static let targetsByStatus = Localized(zh: "目标按评估状态计数", en: "Targets by assessment status")
}
