import Dashboard
import Foundation
import PlanModel
import ProgressStore

/// How the report writes each figure, the same in every format.
enum ReportFigures {
  static let none = "—"

  /// `1000 (2022)`, `(2027)` for a year alone, or "—".
  static func figure(_ value: Double?, year: Int?) -> String {
    switch (value, year) {
    case (let v?, let y?): "\(RecordValue.number(v)) (\(y))"
    case (let v?, nil): RecordValue.number(v)
    case (nil, let y?): "(\(y))"
    case (nil, nil): none
    }
  }

  /// The target column: the target figure with its year; for a comparator target
  /// `>3.1 (2027)`, the comparator's figure in the latest common year (the latest column's
  /// year) to be beaten by the item's own target year, as the dashboard shows it.
  static func target(_ a: Assessment) -> String {
    guard a.method == .comparator else { return figure(a.targetValue, year: a.targetYear) }
    return ">" + figure(a.targetValue, year: a.targetYear)
  }

  static func percent(_ fraction: Double?) -> String {
    guard let fraction else { return none }
    if fraction == .infinity { return "∞" }
    if fraction == -.infinity { return "−∞" }
    return String(format: "%.1f%%", fraction * 100)
  }

  static let perYear = Localized(zh: "/年", en: "/yr")
  static let points = Localized(zh: "个百分点", en: " pts")
  static let gap = Localized(zh: "差距 ", en: "gap ")

  /// The observed rate: a CAGR (`10.0%/yr`), a yearly rate in its unit (`1.6 pts/yr`), a
  /// per-year mean (`11/yr`), or a comparator gap (`gap -0.2`); in Chinese `10.0%/年`,
  /// `1.6个百分点/年`, `差距 -0.2`.
  static func observed(_ a: Assessment, unit: String?, _ lang: Language) -> String {
    switch a.method {
    case .requiredGrowth, .directionOnly: a.observedRate.map { percent($0) + perYear(lang) } ?? none
    case .annualRate: a.observedRate.map { rate($0, unit: unit, lang) } ?? none
    case .perYear: a.observedRate.map { RecordValue.number(rounded($0)) + perYear(lang) } ?? none
    case .comparator: a.gap.map { gap(lang) + RecordValue.number(rounded($0)) } ?? none
    case .binary, .none: none
    }
  }

  /// The required rate: the CAGR to reach the target, or the target's own yearly rate.
  static func required(_ a: Assessment, unit: String?, _ lang: Language) -> String {
    switch a.method {
    case .requiredGrowth: a.requiredRate.map { percent($0) + perYear(lang) } ?? none
    case .annualRate: a.targetValue.map { rate($0, unit: unit, lang) } ?? none
    case .perYear: a.targetValue.map { RecordValue.number($0) + perYear(lang) } ?? none
    default: none
    }
  }

  static func rate(_ value: Double, unit: String?, _ lang: Language) -> String {
    let text = String(format: "%.1f", value)
    return (unit == "个百分点" ? text + points(lang) : text + "%") + perYear(lang)
  }

  static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

  /// `overdue`, `behind` (逾期, 滞后) or "".
  static func flag(_ s: ScheduleProgress, _ lang: Language) -> String {
    s.isOverdue ? ReportText.overdue(lang) : (s.isBehind ? ReportText.behind(lang) : "")
  }

  /// `! deterioration`, `! 退步`: the symbol beside the word, never colour alone.
  static func status(_ s: AssessmentStatus, _ lang: Language) -> String {
    s.symbol + " " + ReportText.status(s)(lang)
  }

  /// The base's origin: `plan`, `2022 actual` (规划值, 2022年实际值), or "—".
  static func baseOrigin(_ a: Assessment, _ lang: Language) -> String {
    ReportText.baseOrigin(a)?(lang) ?? none
  }
}
