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

  /// d: the goal's `desiredSign`.
  static func sign(_ goal: Goal) -> Double { goal.desiredSign }

  /// True when `value` meets `target` in the direction `d`.
  static func meets(_ value: Double, _ target: Double, d: Double) -> Bool {
    d > 0 ? value >= target : value <= target
  }
}
