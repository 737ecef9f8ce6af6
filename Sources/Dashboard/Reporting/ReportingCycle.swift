import PlanModel

/// The team store's monthly reporting period as of today: each unit reports on its measures
/// every month, due on the day the office sets (`plandash team period --due-day N`). The CLI
/// fills it in from the store and the clock; without a team store there is none.
public struct ReportingCycle: Hashable, Sendable {
  /// The day of the month reports are due (1–28).
  public var dueDay: Int
  /// Today (local time): its year, month and day of the month.
  public var year: Int
  public var month: Int
  public var day: Int
  /// When this period began (the 1st of this month, 00:00 local), seconds since 1970: a
  /// measure with a report since then has reported for this period.
  public var periodStart: Double

  public init(dueDay: Int, year: Int, month: Int, day: Int, periodStart: Double) {
    self.dueDay = dueDay
    self.year = year
    self.month = month
    self.day = day
    self.periodStart = periodStart
  }

  /// Days until this period's report is due (negative once the due day has passed).
  public var daysToDue: Int { dueDay - day }

  /// Whether a measure reported in this period (its last report is from this month).
  public func hasReported(_ measureID: String, _ snapshot: ProgressSnapshot) -> Bool {
    guard let at = snapshot.measures[measureID]?.updatedAt else { return false }
    return at >= periodStart
  }

  /// `2026-12, due 12-25` / `2026年12月，25日截止`.
  func label(_ language: Language) -> String {
    let month2 = month < 10 ? "0\(month)" : String(month)
    let day2 = dueDay < 10 ? "0\(dueDay)" : String(dueDay)
    return Localized(
      zh: "\(year)年\(month)月，\(dueDay)日截止", en: "\(year)-\(month2), due \(month2)-\(day2)")(
        language)
  }
}
