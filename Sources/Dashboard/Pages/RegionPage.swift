import PlanModel

/// A region's page: its plan document, measures done, its targets with their assessment,
/// and its top-level clusters.
enum RegionPage {
  static func build(_ id: String, into page: inout PageBuilder) {
    guard let plan = page.catalog.plan(forRegion: id) else { return }
    let doc = plan.document
    page.field(UIText.plan, doc.title)
    page.field(UIText.issuer, doc.issuer)
    page.field(UIText.docNumber, doc.docNumber)
    page.field(UIText.issued, doc.issued?.description)
    page.field(UIText.status, doc.status)
    page.field(UIText.horizon, "\(doc.horizon.start)-\(doc.horizon.end)")
    for stage in doc.stages { page.field(UIText.stages, "\(stage.year) \(stage.name ?? "")") }
    let (done, total) = page.data.doneCount(plan.measures)
    page.field(UIText.measures, Format.count(done, total))
    page.heading(UIText.targets)
    page.figureRows(
      plan.targets.map { .init(id: $0.id, name: $0.metric, goal: $0.goal, route: .target($0.id)) })
    page.clusterRows(
      plan.clusters.filter { $0.parent == nil }, heading: UIText.clusters, withTier: true)
  }
}
