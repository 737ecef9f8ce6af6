/// What a land or energy indicator measures.
public enum IndicatorCategory: String, CaseIterable, Codable, Sendable {
  /// 亩均营业收入, 亩均税收, 单位工业用地产出, 工业用地占比 …
  case land
  /// 单位增加值能耗, 能效标杆水平, 碳排放 …
  case energy
}

/// A land or energy indicator: a goal measured per unit of land or energy.
public struct Indicator: Hashable, Codable, Sendable, Identifiable {
  public var id: String
  public var name: String
  public var category: IndicatorCategory
  public var goal: Goal
  public var cluster: String?
  public var stage: Int?
  public var source: SourceRef

  public init(
    id: String, name: String, category: IndicatorCategory, goal: Goal, cluster: String? = nil,
    stage: Int? = nil, source: SourceRef
  ) {
    self.id = id
    self.name = name
    self.category = category
    self.goal = goal
    self.cluster = cluster
    self.stage = stage
    self.source = source
  }
}
