import PlanModel

/// One plan's outline as the Measures pane and the heading pages read it: the rows in the
/// order printed — the measures under no heading first, then each heading followed by the
/// measures written directly under it and then its sections — each row's depth, and what
/// stands under each heading.
struct MeasureOutline: Sendable {
  let plan: Plan
  let outline: PlanOutline
  /// Every row id (`HeadingRow` ids for headings, measure ids), all headings open.
  let rows: [String]
  /// A heading's level; a measure one more than its heading's (1 under no heading).
  private let depths: [String: Int]
  /// The heading (its index in `outline.headings`) each measure is written under.
  private let headingOfMeasure: [String: Int]

  init(_ plan: Plan) {
    let outline = PlanOutline(plan)
    let region = plan.region.id
    var rows: [String] = []
    var depths: [String: Int] = [:]
    var headingOfMeasure: [String: Int] = [:]
    for index in outline.unplaced[.measures] ?? [] {
      rows.append(plan.measures[index].id)
      depths[plan.measures[index].id] = 1
    }
    var pending = Array(outline.roots.reversed())
    while let index = pending.popLast() {
      let heading = outline.headings[index]
      let id = HeadingRow.id(region: region, key: heading.key)
      rows.append(id)
      depths[id] = heading.level
      for measure in outline.directItems(.measures, of: index) {
        let measureID = plan.measures[measure].id
        rows.append(measureID)
        depths[measureID] = heading.level + 1
        headingOfMeasure[measureID] = index
      }
      pending += outline.children[index].reversed()
    }
    self.plan = plan
    self.outline = outline
    self.rows = rows
    self.depths = depths
    self.headingOfMeasure = headingOfMeasure
  }

  var region: String { plan.region.id }

  /// How deep a row stands: headings by level, measures one below their heading.
  func depth(_ id: String) -> Int { depths[id] ?? 1 }

  /// The row id of heading `index`.
  func rowID(_ index: Int) -> String {
    HeadingRow.id(region: region, key: outline.headings[index].key)
  }

  /// The index of a heading row's heading; nil for a measure or another plan's heading.
  func index(ofRow id: String) -> Int? {
    guard let (rowRegion, key) = HeadingRow.parse(id), rowRegion == region else { return nil }
    return outline.indexByKey[key]
  }

  /// The heading a measure is written under.
  func heading(ofMeasure id: String) -> Int? { headingOfMeasure[id] }

  /// The heading a row stands under: a measure's heading, a section's chapter.
  func parentRow(of id: String) -> String? {
    if let index = index(ofRow: id) {
      return outline.headings[index].parent.flatMap { outline.indexByKey[$0] }.map(rowID)
    }
    return headingOfMeasure[id].map(rowID)
  }

  /// True when anything stands under the heading (a measure or a section): it can open.
  func hasContent(_ index: Int) -> Bool {
    outline.subtreeEnd[index] > index + 1 || !outline.directItems(.measures, of: index).isEmpty
  }

  /// The headings from the chapter down to heading `index` (breadcrumbs: 章 › 节).
  func path(to index: Int) -> [OutlineHeading] {
    outline.path(to: outline.headings[index].key)
  }

  /// Every measure written under the heading or its sections, in the plan's order.
  func measures(under index: Int) -> [Measure] {
    outline.items(.measures, under: index).map { plan.measures[$0] }
  }

  func targets(under index: Int) -> [Target] {
    outline.items(.targets, under: index).map { plan.targets[$0] }
  }

  func indicators(under index: Int) -> [Indicator] {
    outline.items(.indicators, under: index).map { plan.indicators[$0] }
  }

  func baselineIndicators(under index: Int) -> [BaselineIndicator] {
    outline.items(.baselineIndicators, under: index).map { plan.baselineIndicators[$0] }
  }

  func clusters(under index: Int) -> [Cluster] {
    outline.items(.clusters, under: index).map { plan.clusters[$0] }
  }

  func ladders(under index: Int) -> [Ladder] {
    outline.items(.ladders, under: index).map { plan.ladders[$0] }
  }

  /// The ids of everything assessed under the heading: targets, indicators, ladder tiers.
  func figureIDs(under index: Int) -> [String] {
    targets(under: index).map(\.id) + indicators(under: index).map(\.id)
      + ladders(under: index).flatMap { $0.tiers.map(\.id) }
  }
}
