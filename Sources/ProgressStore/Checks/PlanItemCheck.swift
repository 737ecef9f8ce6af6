import PlanModel

/// Checks the ids and years a user gives against the loaded plans, with messages that name
/// the id and suggest the closest ones. The actual-figure rule itself is `ActualRules`
/// (PlanModel), which the dashboard's form applies too.
public struct PlanItemCheck: Sendable {
  public let catalog: Catalog
  private let rules: ActualRules

  public init(catalog: Catalog) {
    self.catalog = catalog
    self.rules = ActualRules(catalog: catalog)
  }

  /// Why `id` cannot be marked, or `nil` when it is a measure of the loaded plans.
  public func measureProblem(_ id: String) -> String? {
    guard let address = catalog.address(of: id) else {
      let measures = catalog.allIDs.filter { catalog.address(of: $0)?.kind == .measure }
      let closest =
        measures.isEmpty
        ? catalog.closestIDs(to: id) : EditDistance.closest(to: id, among: measures, limit: 3)
      let hint = closest.isEmpty ? "" : " (closest: \(closest.joined(separator: ", ")))"
      return "unknown id \(id)\(hint)"
    }
    guard address.kind == .measure else {
      return "\(id) is a \(address.kind.rawValue), not a measure; only measures have a status"
    }
    return nil
  }

  /// Why an actual figure cannot be recorded for `id` in `year`, or `nil` (see
  /// `ActualRules.problem`).
  public func actualProblem(_ id: String, year: Int) -> String? {
    rules.problem(id, year: year)?.description
  }
}
