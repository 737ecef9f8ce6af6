import PlanModel

/// The kinds of drafted item the review screen lists, in the order it groups them.
public enum ReviewItemKind: Int, CaseIterable, Hashable, Sendable, Comparable {
  case target
  case indicator
  case cluster
  case tier
  case measure

  public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

  /// The kind as the item list names it.
  var name: Localized {
    switch self {
    case .target: Localized(zh: "目标", en: "Target")
    case .indicator: Localized(zh: "指标", en: "Indic.")
    case .cluster: Localized(zh: "集群", en: "Cluster")
    case .tier: Localized(zh: "梯级", en: "Tier")
    case .measure: Localized(zh: "措施", en: "Measure")
    }
  }
}

/// One drafted item of a plan: its kind and id (a ladder tier also by its ladder's id).
public struct ReviewItemRef: Hashable, Sendable {
  public var kind: ReviewItemKind
  public var id: String
  /// The ladder a tier belongs to; nil for the other kinds.
  public var ladderID: String?

  public init(_ kind: ReviewItemKind, _ id: String, ladderID: String? = nil) {
    self.kind = kind
    self.id = id
    self.ladderID = ladderID
  }
}
