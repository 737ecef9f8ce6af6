/// A plan figure written as a person writes it, exactly: `412`, not `412.0`; `1.5` stays
/// `1.5`. (The screen's rounded form is the dashboard's `Format.number`.)
public enum FigureText {
  public static func exact(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
  }
}
