import PlanModel

/// Checks the ids and years a user gives against the loaded plans, with messages that echo
/// the id as typed, name the item by its title and suggest the closest ids. The
/// actual-figure rule itself is `ActualRules` (PlanModel), which the dashboard's form applies too.
public struct PlanItemCheck: Sendable {
  public let catalog: Catalog
  private let rules: ActualRules

  public init(catalog: Catalog) {
    self.catalog = catalog
    self.rules = ActualRules(catalog: catalog)
  }

  /// Why `id` cannot be marked, or `nil` when it is a measure of the loaded plans.
  public func measureProblem(_ id: String) -> Localized? {
    guard let address = catalog.address(of: id) else {
      let measures = catalog.allIDs.filter { catalog.address(of: $0)?.kind == .measure }
      let closest =
        measures.isEmpty
        ? catalog.closestIDs(to: id) : EditDistance.closest(to: id, among: measures, limit: 3)
      return Localized(zh: "未知编号 \(id)", en: "unknown id \(id)") + ItemText.closest(closest)
    }
    guard address.kind == .measure else {
      let item = ItemText.named(id, in: catalog, typed: true)
      return Localized(
        zh: "\(item.zh)是\(address.kind.name.zh)，不是措施；只有措施有状态",
        en: "\(item.en) is a \(address.kind.name.en), not a measure; only measures have a status")
    }
    return nil
  }

  /// Why an actual figure cannot be recorded for `id` in `year`, or `nil` (see
  /// `ActualRules.problem`).
  public func actualProblem(_ id: String, year: Int) -> Localized? {
    rules.problem(id, year: year)?.text(naming: catalog, typed: true)
  }
}
