/// A goal of the plan as a whole, or of one cluster.
public struct Target: Hashable, Codable, Sendable, Identifiable {
  public var id: String
  /// The metric as written: `规模以上工业企业营业收入`.
  public var metric: String
  public var goal: Goal
  /// The cluster this target belongs to.
  public var cluster: String?
  /// The stage year it belongs to (Chengdu's 2025/2030/2035).
  public var stage: Int?
  public var source: SourceRef

  public init(
    id: String, metric: String, goal: Goal, cluster: String? = nil, stage: Int? = nil,
    source: SourceRef
  ) {
    self.id = id
    self.metric = metric
    self.goal = goal
    self.cluster = cluster
    self.stage = stage
    self.source = source
  }
}
