/// A figure as a plan states it: one number, a range (`2—3户`), or only a year; each part
/// present only where the text gives it.
public struct Figure: Hashable, Codable, Sendable {
  public var value: Double?
  /// A range's lower bound (`2—3户` → 2).
  public var min: Double?
  /// A range's upper bound (`2—3户` → 3).
  public var max: Double?
  public var year: Int?
  /// Qualifiers that belong to this figure alone (a cluster's `力争500亿级`).
  public var qualifiers: [String]

  public init(
    value: Double? = nil, min: Double? = nil, max: Double? = nil, year: Int? = nil,
    qualifiers: [String] = []
  ) {
    self.value = value
    self.min = min
    self.max = max
    self.year = year
    self.qualifiers = qualifiers
  }

  /// True when the figure carries a number or a range.
  public var hasNumber: Bool { value != nil || min != nil || max != nil }

  /// The number to measure progress against: the value, or a range's lower bound.
  public var threshold: Double? { value ?? min ?? max }

  /// True when the figure is a range.
  public var isRange: Bool { min != nil || max != nil }
}
