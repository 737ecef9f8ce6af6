/// Where a lazily loaded `Catalog` takes its plans from: a list of plans known by their
/// regions (and, for any item id, by the plan holding it) before any plan is decoded. The
/// load cache's fresh index is one (`IndexedPlans`); the dashboard then decodes only the
/// plans its screens show.
public protocol PlanShelf: Sendable {
  /// How many plans the shelf holds, in file order.
  var planCount: Int { get }
  /// The region id of plan `number`, without decoding the plan.
  func regionID(ofPlan number: Int) -> String
  /// The region of plan `number`, without decoding the plan; nil when it cannot be read.
  func region(ofPlan number: Int) -> Region?
  /// The number of the plan holding the item `id`; nil when no plan holds it.
  func planNumber(holding id: String) -> Int?
  /// Plan `number`, decoded; nil when it cannot be.
  func plan(_ number: Int) -> Plan?
  /// The plans `numbers`, decoded (in parallel where that helps), in the same order.
  func plans(_ numbers: [Int]) -> [Plan?]
}
