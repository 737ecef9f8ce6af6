/// How an assessment was reached; each method is described in docs/assessment.md.
public enum AssessmentMethod: String, CaseIterable, Codable, Sendable {
  /// Observed CAGR against the CAGR required to reach the target in its year (ratio R).
  case requiredGrowth = "required-growth"
  /// A direction only: the observed CAGR against fixed thresholds (1.5%, 0.5%, 0).
  case directionOnly = "direction-only"
  /// 年均增长 / 年均提高: the observed mean yearly rate against the target rate.
  case annualRate = "annual-rate"
  /// 每年…: the mean of the yearly figures against the yearly number.
  case perYear = "per-year"
  /// 高于全省平均水平: the own series against the comparator series, year by year.
  case comparator
  /// 零突破: reached or not.
  case binary
  /// Nothing could be computed; see the reason.
  case none
}
