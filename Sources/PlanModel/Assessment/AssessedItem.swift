/// One assessed item of a catalog: a target, an indicator or a ladder tier, with what a
/// report needs to name it.
public struct AssessedItem: Hashable, Sendable, Identifiable {
  public var id: String
  public var regionID: String
  public var kind: ItemKind
  /// The metric (targets), the name (indicators) or ladder › tier (tiers).
  public var name: String
  /// The goal's unit (for a change, the change's: `%`, `个百分点`).
  public var unit: String?
  /// The unit of its figures: the goal's, or none where the goal is a change
  /// (`Goal.figureUnit`).
  public var figureUnit: String?
  /// The cluster the item belongs to, if any.
  public var cluster: String?
  public var assessment: Assessment

  public init(
    id: String, regionID: String, kind: ItemKind, name: String, unit: String?,
    figureUnit: String? = nil, cluster: String? = nil, assessment: Assessment
  ) {
    self.id = id
    self.regionID = regionID
    self.kind = kind
    self.name = name
    self.unit = unit
    self.figureUnit = figureUnit
    self.cluster = cluster
    self.assessment = assessment
  }
}
