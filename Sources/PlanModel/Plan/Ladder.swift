/// An enterprise-cultivation ladder: tiers in order from the broadest to the highest
/// (创新型中小企业 → 专精特新 → "小巨人" → 单项冠军).
public struct Ladder: Hashable, Codable, Sendable, Identifiable {
  public var id: String
  public var name: String
  public var tiers: [LadderTier]
  public var source: SourceRef

  public init(id: String, name: String, tiers: [LadderTier], source: SourceRef) {
    self.id = id
    self.name = name
    self.tiers = tiers
    self.source = source
  }
}

/// One rung of a ladder, with the counts the plan gives.
public struct LadderTier: Hashable, Codable, Sendable, Identifiable {
  public var id: String
  public var name: String
  public var unit: String?
  public var baseline: Figure?
  public var target: Figure?
  public var qualifiers: [String]
  public var description: String?
  public var source: SourceRef

  public init(
    id: String, name: String, unit: String? = nil, baseline: Figure? = nil, target: Figure? = nil,
    qualifiers: [String] = [], description: String? = nil, source: SourceRef
  ) {
    self.id = id
    self.name = name
    self.unit = unit
    self.baseline = baseline
    self.target = target
    self.qualifiers = qualifiers
    self.description = description
    self.source = source
  }
}
