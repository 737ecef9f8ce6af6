/// A date as precise as the text gives it: a year, a month or a day.
public struct PlanDate: Hashable, Codable, Sendable, CustomStringConvertible {
  public var year: Int
  public var month: Int?
  public var day: Int?

  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `2023`, `2023-09` or `2023-09-12`; `nil` for anything else or an impossible date.
  public init?(parsing text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count),
      parts[0].count == 4, let year = Int(parts[0])
    else { return nil }
    var month: Int?
    var day: Int?
    if parts.count >= 2 {
      guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
      month = m
    }
    if parts.count == 3 {
      guard parts[2].count == 2, let d = Int(parts[2]), (1...31).contains(d) else { return nil }
      day = d
    }
    self.init(year: year, month: month, day: day)
  }

  public var description: String {
    var text = String(year)
    if let month { text += "-" + (month < 10 ? "0" : "") + String(month) }
    if let day { text += "-" + (day < 10 ? "0" : "") + String(day) }
    return text
  }
}
