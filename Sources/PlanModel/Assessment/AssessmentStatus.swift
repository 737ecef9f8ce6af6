/// Where a quantified target stands, in the categories of Statistics Canada's progress
/// measure (used by Open SDG, after Eurostat), plus the two states the method also names:
/// a binary target not yet reached, and a target that cannot be assessed.
public enum AssessmentStatus: String, CaseIterable, Codable, Sendable {
  /// The latest actual meets the target.
  case achieved = "target-achieved"
  /// R ≥ 95% (or, with no number, growth ≥ 1.5% a year in the desired direction).
  case onTrack = "on-track"
  /// 60% ≤ R < 95% (or growth from 0.5% to 1.5% a year).
  case accelerationNeeded = "acceleration-needed"
  /// 0 ≤ R < 60% (or growth from 0 to 0.5% a year).
  case limitedProgress = "limited-progress"
  /// R < 0: moving away from the target.
  case deterioration
  /// A target that is either reached or not (零突破) and is not yet reached (before its
  /// year as after it: the figures say "not yet", the deadline is beside them).
  case notAchieved = "not-achieved"
  /// Not enough figures to say; the assessment carries the reason.
  case notAssessable = "not-assessable"

  /// Worst first: deterioration, not achieved, limited progress, acceleration needed, on
  /// track, achieved, then not assessable last.
  public var severity: Int {
    switch self {
    case .deterioration: 0
    case .notAchieved: 1
    case .limitedProgress: 2
    case .accelerationNeeded: 3
    case .onTrack: 4
    case .achieved: 5
    case .notAssessable: 6
    }
  }

  /// The English label, as Statistics Canada words it (reports, the JSON export). The one
  /// source of the words: the dashboard shows these, or the symbol alone where it is narrow.
  public var label: String {
    switch self {
    case .achieved: "target achieved"
    case .onTrack: "on track"
    case .accelerationNeeded: "acceleration needed"
    case .limitedProgress: "limited progress"
    case .deterioration: "deterioration"
    case .notAchieved: "not yet achieved"
    case .notAssessable: "not assessable"
    }
  }

  /// The Chinese label, the same category as `label` (short enough for the screen as it is).
  public var labelZh: String {
    switch self {
    case .achieved: "目标已实现"
    case .onTrack: "进度正常"
    case .accelerationNeeded: "需加快"
    case .limitedProgress: "进展有限"
    case .deterioration: "退步"
    case .notAchieved: "尚未实现"
    case .notAssessable: "无法评估"
    }
  }

  /// A one-character ASCII badge, so status is never shown by colour alone.
  public var symbol: String {
    switch self {
    case .achieved: "*"
    case .onTrack: "+"
    case .accelerationNeeded: "~"
    case .limitedProgress: "-"
    case .deterioration: "!"
    case .notAchieved: "x"
    case .notAssessable: "?"
    }
  }

  /// The band of a ratio R of observed to required growth (targets with a number).
  public static func band(ratio: Double) -> AssessmentStatus {
    if ratio >= 0.95 { return .onTrack }
    if ratio >= 0.60 { return .accelerationNeeded }
    if ratio >= 0 { return .limitedProgress }
    return .deterioration
  }

  /// The band of an observed yearly growth rate, already signed by the desired direction
  /// (targets with a direction only).
  public static func band(directedGrowth rate: Double) -> AssessmentStatus {
    if rate >= 0.015 { return .onTrack }
    if rate >= 0.005 { return .accelerationNeeded }
    if rate >= 0 { return .limitedProgress }
    return .deterioration
  }
}
