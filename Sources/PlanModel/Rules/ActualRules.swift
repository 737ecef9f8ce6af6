/// Which ids and years an actual figure may be recorded for: the one rule the dashboard's
/// form, `actual set`, `actual import` and the demo's progress file all apply.
public struct ActualRules: Sendable {
  public let catalog: Catalog

  public init(catalog: Catalog) {
    self.catalog = catalog
  }

  /// Kinds of item that carry actual figures (a cluster only when it has a scale figure).
  public static let figureKinds: Set<ItemKind> = [.target, .indicator, .tier, .cluster]

  /// True when `id` is an item that takes actual figures: a target, indicator, ladder tier
  /// or cluster with a scale figure. (A comparator series, `<id>.comparator`, is not an
  /// item; `problem(_:year:)` accepts it too.)
  public func acceptsActuals(_ id: String) -> Bool {
    guard let address = catalog.address(of: id), Self.figureKinds.contains(address.kind) else {
      return false
    }
    return address.kind != .cluster || catalog.cluster(id)?.scaleGoal != nil
  }

  /// Why an actual figure cannot be recorded for `id` in `year`, or `nil`.
  /// A comparator target's comparator series (`<id>.comparator`, see `ComparatorSeries`) is
  /// checked as its owner.
  public func problem(_ id: String, year: Int) -> ActualProblem? {
    if catalog.address(of: id) == nil, let owner = catalog.comparatorOwner(of: id) {
      return problem(owner, year: year)
    }
    guard let address = catalog.address(of: id) else {
      return .unknownID(id, closest: closestIDs(to: id))
    }
    guard Self.figureKinds.contains(address.kind) else {
      return .notAFigure(id, kind: address.kind)
    }
    if address.kind == .cluster, catalog.cluster(id)?.scaleGoal == nil {
      return .clusterWithoutScale(id)
    }
    if let years = years(of: id), !years.contains(year) {
      return .yearOutsidePlan(id, year: year, years: years)
    }
    return nil
  }

  /// How many years before the plan's issue year figures are accepted: enough for the
  /// natural base year of a target whose plan states no baseline (巴中's 倍增 from 2022).
  public static let yearsBeforeIssue = 10

  /// The years an item's actual figures may have: from ten years before the plan's issue
  /// year (its horizon's start when the plan gives no issue date) or the item's baseline or
  /// base year, if earlier, to the end of the horizon (or the item's target year, if later).
  public func years(of id: String) -> ClosedRange<Int>? {
    guard let address = catalog.address(of: id) else { return nil }
    let document = catalog.plan(at: address.plan).document
    let issueYear = document.issued?.year ?? document.horizon.start
    var first = issueYear - Self.yearsBeforeIssue
    var last = document.horizon.end
    if let goal = catalog.assessableGoal(id) {
      first = ([first, goal.baseline?.year, goal.baseYear].compactMap { $0 }).min()!
      last = max(last, goal.target?.year ?? last)
    }
    return first...max(first, last)
  }

  /// The closest ids that take actual figures, else the closest of any kind.
  public func closestIDs(to id: String, limit: Int = 3) -> [String] {
    let wanted = catalog.allIDs.filter(acceptsActuals)
    guard !wanted.isEmpty else { return catalog.closestIDs(to: id, limit: limit) }
    return EditDistance.closest(to: id, among: wanted, limit: limit)
  }
}

/// Why an actual figure cannot be recorded. `description` is the English one-line message
/// the command line prints; the dashboard words each case in its own language.
public enum ActualProblem: Hashable, Sendable, CustomStringConvertible {
  case unknownID(String, closest: [String])
  case notAFigure(String, kind: ItemKind)
  case clusterWithoutScale(String)
  case yearOutsidePlan(String, year: Int, years: ClosedRange<Int>)

  public var description: String {
    switch self {
    case .unknownID(let id, let closest):
      let hint = closest.isEmpty ? "" : " (closest: \(closest.joined(separator: ", ")))"
      return "unknown id \(id)\(hint)"
    case .notAFigure(let id, let kind):
      return
        "\(id) is a \(kind.rawValue); actual figures are recorded for targets, indicators, ladder tiers and clusters with a scale"
    case .clusterWithoutScale(let id):
      return
        "\(id) is a cluster without a scale figure; actual figures (亿元) are recorded only for clusters with a scale"
    case .yearOutsidePlan(let id, let year, let years):
      return
        "year \(year) is outside the years accepted for \(id) (\(years.lowerBound)–\(years.upperBound): from ten years before the plan was issued to the end of its horizon)"
    }
  }
}
