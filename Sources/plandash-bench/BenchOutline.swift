import PlanModel

/// Outlines for generated plans while the generator writes none: a chapter for each part of
/// the measures' sections (`三`) and a section for each section (`三(二)`), every measure,
/// target and cluster under the heading its section names — the shape of the real plans'
/// outlines (four or five chapters of up to fifteen sections).
enum BenchOutline {
  static func outlined(_ plan: Plan) -> Plan {
    guard plan.outline.isEmpty else { return plan }
    var plan = plan
    var headings: [OutlineHeading] = [
      OutlineHeading(key: "一", number: "一、", title: "发展基础", level: 1),
      OutlineHeading(key: "二", number: "二、", title: "总体要求", level: 1),
    ]
    var known = Set(headings.map(\.key))
    for section in plan.measures.compactMap(\.section) + plan.clusters.compactMap(\.source.section)
    where !known.contains(section) {
      guard let open = section.firstIndex(of: "(") else { continue }
      let chapter = String(section[..<open])
      if known.insert(chapter).inserted {
        headings.append(
          OutlineHeading(key: chapter, number: chapter + "、", title: "实施第\(chapter)项专项行动", level: 1)
        )
      }
      known.insert(section)
      headings.append(
        OutlineHeading(
          key: section, number: String(section[open...]), title: "推进\(section)重点任务", level: 2,
          parent: chapter))
    }
    // Sections in the order printed: each chapter's sections right after it.
    plan.outline = headings.filter { $0.level == 1 }.flatMap { chapter in
      [chapter] + headings.filter { $0.parent == chapter.key }
    }
    plan.measures = plan.measures.map { placed($0, under: $0.section) }
    plan.clusters = plan.clusters.map { placed($0, under: $0.source.section) }
    plan.targets = plan.targets.map { placed($0, under: $0.source.section) }
    return plan
  }

  private static func placed<T: Sourced>(_ item: T, under key: String?) -> T {
    var item = item
    item.source.heading = key
    return item
  }
}

/// An item with a source, placed under a heading by it.
protocol Sourced { var source: SourceRef { get set } }
extension Measure: Sourced {}
extension Cluster: Sourced {}
extension Target: Sourced {}
