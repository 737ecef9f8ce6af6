/// A figure the plan states as its starting situation that no target of the plan measures
/// (成都's 发展基础: 2022年全市规上工业企业实现利润1141.3亿元): where the region stood, with no
/// goal set for it. A starting figure a target does measure is that target's `baseline`.
public struct BaselineIndicator: Hashable, Codable, Sendable, Identifiable {
  public var id: String
  /// What is measured, as written: `规上工业企业利润`.
  public var name: String
  /// How the number reads: a level (`absolute`), a `share`, a `count`, a `rank`, or a one-year
  /// rate (`annual_rate`, 同比增长). Kinds measured against a base year or a comparator are not
  /// starting figures.
  public var kind: GoalKind
  /// A known unit; nil only for a pure number the text gives no unit for (an index).
  public var unit: String?
  /// The figure as stated: value (or range), year where the text dates it, qualifiers
  /// (`超过`, `以上`, `累计`).
  public var baseline: Figure
  /// For a rank: the group it is a rank in (`全国副省级及以上城市`).
  public var among: String?
  public var source: SourceRef

  public init(
    id: String, name: String, kind: GoalKind, unit: String? = nil, baseline: Figure,
    among: String? = nil, source: SourceRef
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.unit = unit
    self.baseline = baseline
    self.among = among
    self.source = source
  }

  /// The kinds a starting figure may have.
  public static let kinds: [GoalKind] = [.absolute, .share, .count, .rank, .annualRate]
}
