import PlanModel

/// Checks the ids and years a user gives against the loaded plans, with messages that name
/// the id and suggest the closest ones.
public struct PlanItemCheck: Sendable {
  public let catalog: Catalog

  public init(catalog: Catalog) {
    self.catalog = catalog
  }

  /// Kinds of item that carry actual figures.
  public static let figureKinds: Set<ItemKind> = [.target, .indicator, .tier]

  /// Why `id` cannot be marked, or `nil` when it is a measure of the loaded plans.
  public func measureProblem(_ id: String) -> String? {
    guard let address = catalog.address(of: id) else { return unknown(id) }
    guard address.kind == .measure else {
      return "\(id) is a \(address.kind.rawValue), not a measure; only measures have a status"
    }
    return nil
  }

  /// Why an actual figure cannot be recorded for `id` in `year`, or `nil`.
  public func actualProblem(_ id: String, year: Int) -> String? {
    guard let address = catalog.address(of: id) else { return unknown(id) }
    guard Self.figureKinds.contains(address.kind) else {
      return
        "\(id) is a \(address.kind.rawValue); actual figures are recorded for targets, indicators and ladder tiers"
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
    if let goal = catalog.goal(id) {
      years += [goal.baseline?.year, goal.target?.year, goal.baseYear].compactMap { $0 }
    }
    if let tier = catalog.tier(id) {
      years += [tier.baseline?.year, tier.target?.year].compactMap { $0 }
    }
    return years.min()!...years.max()!
  }

  private func unknown(_ id: String) -> String {
    let closest = catalog.closestIDs(to: id)
    let hint = closest.isEmpty ? "" : " (closest: \(closest.joined(separator: ", ")))"
    return "unknown id \(id)\(hint)"
  }
}
