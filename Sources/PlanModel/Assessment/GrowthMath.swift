import Foundation

/// The arithmetic of the progress measure: compound annual growth rates with Statistics
/// Canada's replacement of zeros, and the sign of the desired direction.
enum GrowthMath {
  /// Zeros are replaced by this before any growth rate is taken (an exponential model cannot
  /// start from or reach zero).
  static let zeroReplacement = 0.001

  static func nonZero(_ value: Double) -> Double { value == 0 ? zeroReplacement : value }

  /// (to / from)^(1 / years) − 1, zeros replaced; `nil` when the two have different signs
  /// or `years` is not positive.
  static func cagr(from: Double, to: Double, years: Int) -> Double? {
    let a = nonZero(from)
    let b = nonZero(to)
    guard years > 0, (a > 0) == (b > 0) else { return nil }
    return pow(b / a, 1 / Double(years)) - 1
  }

  /// d: +1 when the figure should rise (or be held at or above the target), −1 when it
  /// should fall (or be held at or below it: `以内`, `不高于`).
  static func sign(_ goal: Goal) -> Double {
    // A reduction against a base year always wants the level to fall, whatever direction
    // the file gives (the assessment and the schedule read the same sign).
    if goal.kind == .reduction { return -1 }
    return switch goal.direction {
    case .up: 1
    case .down: -1
    case .keep: goal.qualifiers.contains(where: { $0 == "以内" || $0 == "不高于" }) ? -1 : 1
    }
  }

  /// True when `value` meets `target` in the direction `d`.
  static func meets(_ value: Double, _ target: Double, d: Double) -> Bool {
    d > 0 ? value >= target : value <= target
  }
}
