/// Where an item stands in its plan file, cheaply: its list and index (and a tier's index in
/// its ladder). The path of file keys is built only when a message needs it.
public struct ItemPosition: Hashable, Sendable {
  public enum List: String, Sendable {
    case targets, clusters, ladders, indicators, measures
  }

  public var list: List
  public var index: Int
  public var tier: Int?

  /// The path of the item's `id` key: `["ladders", "0", "tiers", "2", "id"]`.
  public var idPath: [String] {
    var path = [list.rawValue, String(index)]
    if let tier { path += ["tiers", String(tier)] }
    return path + ["id"]
  }
}

/// An item's position together with its plan's index in a set of plans.
struct PlanItemPosition: Hashable, Sendable {
  var plan: Int
  var item: ItemPosition
}

extension Plan {
  /// How many items with ids the plan holds.
  public var itemCount: Int {
    targets.count + clusters.count + indicators.count + measures.count
      + ladders.reduce(0) { $0 + 1 + $1.tiers.count }
  }

  /// Calls `body` for every item id in file order.
  public func forEachItemID(_ body: (ItemPosition, String) -> Void) {
    for (i, item) in targets.enumerated() { body(ItemPosition(list: .targets, index: i), item.id) }
    for (i, item) in clusters.enumerated() {
      body(ItemPosition(list: .clusters, index: i), item.id)
    }
    for (i, ladder) in ladders.enumerated() {
      body(ItemPosition(list: .ladders, index: i), ladder.id)
      for (j, tier) in ladder.tiers.enumerated() {
        body(ItemPosition(list: .ladders, index: i, tier: j), tier.id)
      }
    }
    for (i, item) in indicators.enumerated() {
      body(ItemPosition(list: .indicators, index: i), item.id)
    }
    for (i, item) in measures.enumerated() {
      body(ItemPosition(list: .measures, index: i), item.id)
    }
  }
}
