/// The years a plan file may name.
public enum YearRules {
  public static let range: ClosedRange<Int> = 1949...2100

  public static func isValid(_ year: Int) -> Bool { range.contains(year) }
}
