/// Where an item sits in a catalog: its plan and its position in that plan's lists.
public struct ItemAddress: Hashable, Sendable {
  public var kind: ItemKind
  public var plan: Int
  public var index: Int
  /// For a tier: its index in the ladder (`index` is then the ladder's).
  public var subIndex: Int?

  public init(kind: ItemKind, plan: Int, index: Int, subIndex: Int? = nil) {
    self.kind = kind
    self.plan = plan
    self.index = index
    self.subIndex = subIndex
  }

  /// The path of the item's `id` key in its plan file: `["ladders", "0", "tiers", "2", "id"]`.
  public var idPath: [String] {
    let list: String
    switch kind {
    case .target: list = "targets"
    case .cluster: list = "clusters"
    case .ladder, .tier: list = "ladders"
    case .indicator: list = "indicators"
    case .measure: list = "measures"
    }
    var path = [list, String(index)]
    if kind == .tier, let subIndex { path += ["tiers", String(subIndex)] }
    return path + ["id"]
  }
}
