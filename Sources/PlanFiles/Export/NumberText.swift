/// How plan figures are written back: whole numbers without a decimal point.
enum NumberText {
  static func yaml(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }
}
