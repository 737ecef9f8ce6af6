import PlanModel

/// Progress whose id is in none of the loaded plans (a plan file was edited or removed).
/// It is kept in the store, never deleted, and listed by `plandash status --orphans`.
public struct OrphanProgress: Hashable, Sendable {
  /// Measure ids with a recorded status, sorted.
  public var measureIDs: [String]
  /// Item ids with actual figures, sorted.
  public var actualIDs: [String]

  public init(snapshot: ProgressSnapshot, catalog: Catalog) {
    measureIDs = snapshot.measures.keys.filter { !catalog.contains($0) }.sorted()
    actualIDs = snapshot.actuals.keys.filter {
      !catalog.contains($0) && catalog.comparatorOwner(of: $0) == nil
    }.sorted()
  }

  public var isEmpty: Bool { measureIDs.isEmpty && actualIDs.isEmpty }
}
