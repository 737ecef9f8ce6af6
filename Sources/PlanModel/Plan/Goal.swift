/// The kind of a quantified goal: how its number is to be read.
public enum GoalKind: String, CaseIterable, Codable, Sendable {
  /// A level in money or physical units: 营业收入迈上1600亿元台阶.
  case absolute
  /// A share or ratio in %: 占地区生产总值比重提高至25%.
  case share
  /// A growth in % against a base year: 较2023年增长30%.
  case growth
  /// A yearly rate: 年均增长20%, 年均提高1.5个百分点.
  case annualRate = "annual_rate"
  /// A number of enterprises, projects, platforms: 规上企业500家, 零突破.
  case count
  /// A multiple of a base year: 倍增.
  case multiple
  /// A fall in % against a base year: 能耗较2022年下降13%.
  case reduction
  /// A rank: 稳榜前10强.
  case rank
  /// Above or below a comparator, with no number of its own: 高于全省平均水平.
  case comparator
}

/// Which way a figure should move.
public enum Direction: String, CaseIterable, Codable, Sendable {
  case up
  case down
  case keep
}

/// The quantitative part shared by targets and land/energy indicators.
public struct Goal: Hashable, Codable, Sendable {
  public var kind: GoalKind
  public var direction: Direction
  public var unit: String?
  public var baseline: Figure?
  public var target: Figure?
  /// The year a growth, multiple or reduction is measured against (`较2022年`).
  public var baseYear: Int?
  /// `以上`, `力争`, `不低于` …
  public var qualifiers: [String]
  /// True for per-year counts (`每年招引…项目12个`).
  public var perYear: Bool
  /// What a comparator goal is compared with: `全省平均水平`.
  public var comparator: String?

  /// Whether the goal is set as a change — from a base year (增长30%, 下降13%, 倍增) or as a
  /// yearly rate (年均增长20%) — rather than as a level. Its actuals are then the metric's
  /// levels, whose unit the plan does not give; `unit` is the change's.
  public var isChange: Bool { isFromBaseYear || kind == .annualRate }

  /// Whether the goal is a change from a base year (增长30%, 下降13%, 倍增): it becomes a level
  /// once the base year's actual is recorded.
  public var isFromBaseYear: Bool { [.growth, .reduction, .multiple].contains(kind) }

  /// d: +1 when the figure should rise (or be held at or above the target), −1 when it
  /// should fall (or be held at or below it: `以内`, `不高于`). A reduction against a base
  /// year always wants the level to fall, whatever direction the file gives. The assessment,
  /// the schedule and a comparator's gap on screen all read this one sign.
  public var desiredSign: Double {
    if kind == .reduction { return -1 }
    return switch direction {
    case .up: 1
    case .down: -1
    case .keep: qualifiers.contains(where: { $0 == "以内" || $0 == "不高于" }) ? -1 : 1
    }
  }

  /// The unit of the goal's baseline, target and actual figures: none for a change.
  public var figureUnit: String? { isChange ? nil : unit }

  public init(
    kind: GoalKind, direction: Direction, unit: String? = nil, baseline: Figure? = nil,
    target: Figure? = nil, baseYear: Int? = nil, qualifiers: [String] = [], perYear: Bool = false,
    comparator: String? = nil
  ) {
    self.kind = kind
    self.direction = direction
    self.unit = unit
    self.baseline = baseline
    self.target = target
    self.baseYear = baseYear
    self.qualifiers = qualifiers
    self.perYear = perYear
    self.comparator = comparator
  }
}
