/// An industry cluster the plan names, with its tier and scale.
public struct Cluster: Hashable, Codable, Sendable, Identifiable {
  public var id: String
  public var name: String
  /// The plan's own grouping: 主导, 特色, 优势, 新星, 支柱, 新兴, 未来 …
  public var tier: String?
  /// The parent cluster's id, for sub-clusters.
  public var parent: String?
  /// The scale target in 亿元 (`500亿级`).
  public var scale: Figure?
  public var leadUnits: [String]
  public var responsibleUnits: [String]
  public var source: SourceRef

  public init(
    id: String, name: String, tier: String? = nil, parent: String? = nil, scale: Figure? = nil,
    leadUnits: [String] = [], responsibleUnits: [String] = [], source: SourceRef
  ) {
    self.id = id
    self.name = name
    self.tier = tier
    self.parent = parent
    self.scale = scale
    self.leadUnits = leadUnits
    self.responsibleUnits = responsibleUnits
    self.source = source
  }
}
