/// One region's plan: everything one plan file holds.
public struct Plan: Hashable, Codable, Sendable, Identifiable {
  public var region: Region
  public var document: PlanDocument
  public var targets: [Target]
  public var clusters: [Cluster]
  public var ladders: [Ladder]
  public var indicators: [Indicator]
  public var measures: [Measure]
  /// The plan's headings in the order printed, each after its parent (see `PlanOutline`).
  public var outline: [OutlineHeading]
  /// Figures the plan states as its starting situation that no target measures.
  public var baselineIndicators: [BaselineIndicator]

  public init(
    region: Region, document: PlanDocument, targets: [Target] = [], clusters: [Cluster] = [],
    ladders: [Ladder] = [], indicators: [Indicator] = [], measures: [Measure] = [],
    outline: [OutlineHeading] = [], baselineIndicators: [BaselineIndicator] = []
  ) {
    self.region = region
    self.document = document
    self.targets = targets
    self.clusters = clusters
    self.ladders = ladders
    self.indicators = indicators
    self.measures = measures
    self.outline = outline
    self.baselineIndicators = baselineIndicators
  }

  public var id: String { region.id }
}
