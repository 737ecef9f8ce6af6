import PlanModel

/// Checks the ids and years a user gives against the loaded plans, with messages that name
/// the id and suggest the closest ones.
public struct PlanItemCheck: Sendable {
  public let catalog: Catalog

  public init(catalog: Catalog) {
    self.catalog = catalog
  }

  /// Kinds of item that carry actual figures (a cluster only when it has a scale figure).
  public static let figureKinds: Set<ItemKind> = [.target, .indicator, .tier, .cluster]

  /// Why `id` cannot be marked, or `nil` when it is a measure of the loaded plans.
  public func measureProblem(_ id: String) -> String? {
    guard let address = catalog.address(of: id) else { return unknown(id, kinds: [.measure]) }
    guard address.kind == .measure else {
      return "\(id) is a \(address.kind.rawValue), not a measure; only measures have a status"
    }
    return nil
  }

  /// Why an actual figure cannot be recorded for `id` in `year`, or `nil`.
  /// A comparator target's comparator series (`<id>.comparator`, see `ComparatorSeries`) is
  /// checked as its owner.
  public func actualProblem(_ id: String, year: Int) -> String? {
    if catalog.address(of: id) == nil, let owner = catalog.comparatorOwner(of: id) {
      return actualProblem(owner, year: year)
    }
    guard let address = catalog.address(of: id) else {
      return unknown(id, kinds: Self.figureKinds)
    }
    guard Self.figureKinds.contains(address.kind) else {
      return
        "\(id) is a \(address.kind.rawValue); actual figures are recorded for targets, indicators, ladder tiers and clusters with a scale"
    }
    if address.kind == .cluster, catalog.cluster(id)?.scaleGoal == nil {
      return
        "\(id) is a cluster without a scale figure; actual figures (亿元) are recorded only for clusters with a scale"
    }
    if let years = years(of: id), !years.contains(year) {
      return "year \(year) is outside the plan of \(id) (\(years.lowerBound)–\(years.upperBound))"
    }
    return nil
  }

  /// The years an item's actual figures may have: the plan's horizon, widened to the
  /// item's own baseline, base and target years.
  public func years(of id: String) -> ClosedRange<Int>? {
    guard let address = catalog.address(of: id) else { return nil }
    let horizon = catalog.plans[address.plan].document.horizon
    var years = [horizon.start, horizon.end]
    if let goal = catalog.assessableGoal(id) {
      years += [goal.baseline?.year, goal.target?.year, goal.baseYear].compactMap { $0 }
    }
    return years.min()!...years.max()!
  }

  /// The closest ids of the kinds asked for (measures for `mark`), else of any kind.
  public func closestIDs(to id: String, kinds: Set<ItemKind>, limit: Int = 3) -> [String] {
    let wanted = catalog.allIDs.filter { id in
      guard let kind = catalog.address(of: id)?.kind, kinds.contains(kind) else { return false }
      return kind != .cluster || catalog.cluster(id)?.scaleGoal != nil
    }
    guard !wanted.isEmpty else { return catalog.closestIDs(to: id, limit: limit) }
    return EditDistance.closest(to: id, among: wanted, limit: limit)
  }

  private func unknown(_ id: String, kinds: Set<ItemKind>) -> String {
    let closest = closestIDs(to: id, kinds: kinds)
    let hint = closest.isEmpty ? "" : " (closest: \(closest.joined(separator: ", ")))"
    return "unknown id \(id)\(hint)"
  }
}
