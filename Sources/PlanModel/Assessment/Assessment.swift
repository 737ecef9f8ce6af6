/// The assessment of one target, indicator or ladder tier as of one year, with the figures
/// it rests on so that a report can show its working.
public struct Assessment: Hashable, Codable, Sendable {
  public var status: AssessmentStatus
  public var method: AssessmentMethod
  /// Why the item is not assessable (or a note on how it was read), in one sentence.
  public var reason: Localized?
  /// The year the assessment is made as of.
  public var asOf: Int
  /// The starting point: the plan's baseline, the base year's actual, or the earliest actual.
  public var baseYear: Int?
  public var baseValue: Double?
  /// Whether the base is the plan's figure or a recorded actual (of `baseYear`); nil where
  /// there is no base.
  public var baseOrigin: BaseOrigin?
  /// The latest actual by `asOf`.
  public var latestYear: Int?
  public var latestValue: Double?
  /// The target as a level (a relative target converted through its base year's actual; a
  /// range's lower bound), or the target rate for annual-rate and per-year targets.
  public var targetYear: Int?
  public var targetValue: Double?
  /// Observed growth: a CAGR as a fraction (0.1 = 10%), or for annual-rate targets the
  /// observed yearly rate in the target's unit, or the mean per-year figure.
  public var observedRate: Double?
  /// Required CAGR as a fraction (required-growth method only).
  public var requiredRate: Double?
  /// R, the observed over the required rate signed by the desired direction.
  public var ratio: Double?
  /// For comparator targets: own minus comparator (signed by direction) in the latest
  /// common year.
  public var gap: Double?

  public init(
    status: AssessmentStatus, method: AssessmentMethod, reason: Localized? = nil, asOf: Int,
    baseYear: Int? = nil, baseValue: Double? = nil, baseOrigin: BaseOrigin? = nil,
    latestYear: Int? = nil,
    latestValue: Double? = nil, targetYear: Int? = nil, targetValue: Double? = nil,
    observedRate: Double? = nil, requiredRate: Double? = nil, ratio: Double? = nil,
    gap: Double? = nil
  ) {
    self.status = status
    self.method = method
    self.reason = reason
    self.asOf = asOf
    self.baseYear = baseYear
    self.baseValue = baseValue
    self.baseOrigin = baseOrigin
    self.latestYear = latestYear
    self.latestValue = latestValue
    self.targetYear = targetYear
    self.targetValue = targetValue
    self.observedRate = observedRate
    self.requiredRate = requiredRate
    self.ratio = ratio
    self.gap = gap
  }

  /// An item that cannot be assessed, with the reason.
  public static func notAssessable(_ reason: Localized, asOf: Int) -> Assessment {
    Assessment(status: .notAssessable, method: .none, reason: reason, asOf: asOf)
  }
}
