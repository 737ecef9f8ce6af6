/// A plan's outline as a tree, with every item placed under the heading it is written under.
///
/// Headings are kept in the order printed (a pre-order walk: each after its parent), so the
/// headings under one — its subtree — are the run `index ..< subtreeEnd[index]`.
public struct PlanOutline: Sendable {
  /// The kinds of item a heading can hold.
  public enum ItemList: CaseIterable, Sendable {
    case targets, indicators, clusters, ladders, measures, baselineIndicators
  }

  public let headings: [OutlineHeading]
  /// Index of each heading by key.
  public let indexByKey: [String: Int]
  /// The end of each heading's subtree (exclusive) in `headings`.
  public let subtreeEnd: [Int]
  /// Indexes of each heading's children, in order; `roots` for the chapters.
  public let children: [[Int]]
  public let roots: [Int]
  /// For each heading, the indexes into the plan's lists of the items written directly
  /// under it; `unplaced` holds those under no heading (a preamble, or a key not found).
  public let direct: [[ItemList: [Int]]]
  public let unplaced: [ItemList: [Int]]

  public init(_ plan: Plan) {
    let headings = plan.outline
    var indexByKey: [String: Int] = [:]
    for (index, heading) in headings.enumerated() where indexByKey[heading.key] == nil {
      indexByKey[heading.key] = index
    }
    var children = Array(repeating: [Int](), count: headings.count)
    var roots: [Int] = []
    for (index, heading) in headings.enumerated() {
      if let parent = heading.parent.flatMap({ indexByKey[$0] }), parent < index {
        children[parent].append(index)
      } else {
        roots.append(index)
      }
    }
    self.headings = headings
    self.indexByKey = indexByKey
    self.children = children
    self.roots = roots
    self.subtreeEnd = Self.subtreeEnds(children: children, count: headings.count)
    var direct = Array(repeating: [ItemList: [Int]](), count: headings.count)
    var unplaced: [ItemList: [Int]] = [:]
    for list in ItemList.allCases {
      for (itemIndex, key) in Self.headingKeys(of: list, in: plan).enumerated() {
        if let key, let index = indexByKey[key] {
          direct[index][list, default: []].append(itemIndex)
        } else {
          unplaced[list, default: []].append(itemIndex)
        }
      }
    }
    self.direct = direct
    self.unplaced = unplaced
  }

  /// The heading keys of one list's items, in the list's order.
  public static func headingKeys(of list: ItemList, in plan: Plan) -> [String?] {
    switch list {
    case .targets: plan.targets.map(\.source.heading)
    case .indicators: plan.indicators.map(\.source.heading)
    case .clusters: plan.clusters.map(\.source.heading)
    case .ladders: plan.ladders.map(\.source.heading)
    case .measures: plan.measures.map(\.source.heading)
    case .baselineIndicators: plan.baselineIndicators.map(\.source.heading)
    }
  }

  private static func subtreeEnds(children: [[Int]], count: Int) -> [Int] {
    var end = Array(0..<count).map { $0 + 1 }
    // Children always come after their parent, so a backward pass sees every child first.
    for index in stride(from: count - 1, through: 0, by: -1) {
      if let last = children[index].last { end[index] = max(end[index], end[last]) }
    }
    return end
  }

  public func heading(_ key: String) -> OutlineHeading? {
    indexByKey[key].map { headings[$0] }
  }

  /// The heading and its ancestors, chapter first (for breadcrumbs: 章 › 节).
  public func path(to key: String) -> [OutlineHeading] {
    var path: [OutlineHeading] = []
    var next = indexByKey[key]
    while let index = next, path.count <= headings.count {
      path.insert(headings[index], at: 0)
      next = headings[index].parent.flatMap { indexByKey[$0] }
    }
    return path
  }

  /// Indexes into the plan's list of every item written under the heading or any heading
  /// below it, in the list's order.
  public func items(_ list: ItemList, under index: Int) -> [Int] {
    var result: [Int] = []
    for inner in index..<subtreeEnd[index] { result += direct[inner][list] ?? [] }
    return result.sorted()
  }

  /// Indexes into the plan's list of the items written directly under the heading.
  public func directItems(_ list: ItemList, of index: Int) -> [Int] {
    direct[index][list] ?? []
  }
}
