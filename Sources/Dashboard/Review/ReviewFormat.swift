import PlanModel

/// How the review screen writes numbers, figures and lists of units.
enum ReviewFormat {
  /// `1600`, `30.5`: no trailing `.0`.
  static func number(_ value: Double) -> String {
    if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }

  /// `≥1600 亿元 (2027)`, `2—3 户`, or "" when the item sets no figure.
  static func figure(_ item: ReviewItem) -> String {
    var parts: [String] = []
    if let figure = item.figure {
      if let value = figure.value {
        parts.append(number(value))
      } else if figure.min != nil || figure.max != nil {
        parts.append((figure.min.map(number) ?? "") + "—" + (figure.max.map(number) ?? ""))
      }
    }
    if !parts.isEmpty, let unit = item.unit, !unit.isEmpty { parts.append(unit) }
    if let year = item.year { parts.append("(\(year))") }
    return parts.joined(separator: " ")
  }

  /// Units as a field holds them: split on 、，,；; and spaces, blanks dropped.
  static func units(_ text: String) -> [String] {
    text.split(whereSeparator: { "、，,；; ".contains($0) }).map(String.init)
  }
}
