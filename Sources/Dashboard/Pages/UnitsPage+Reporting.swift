import PlanModel

/// The Units page on a team store: this month's reporting period, which units have and
/// have not reported on their measures, and under each unit its own count (coloured as the
/// measures are: red once overdue, blue when due within 7 days).
extension PageBuilder {
  /// The period and the units that have not reported yet; nothing without a team store.
  mutating func reportingSummary(_ plan: Plan, units: [String]) {
    guard let cycle = context.state.reporting else { return }
    field(UIText.reportingPeriod, cycle.label(lang))
    let waiting = units.filter { !reporting(of: $0, in: plan, cycle).missing.isEmpty }
    let reported = units.filter { !waiting.contains($0) }
    listField(UIText.unitsReported, reported)
    field(
      UIText.unitsNotReported, waiting.isEmpty ? nil : waiting.joined(separator: "、"),
      role: Self.role(waitingOn: !waiting.isEmpty, cycle))
  }

  /// One unit's line: `本期已报 2/5` and the measures it has not reported on yet.
  mutating func reportingRow(_ plan: Plan, unit: String, entry: Int) {
    guard let cycle = context.state.reporting else { return }
    let (owed, missing) = reporting(of: unit, in: plan, cycle)
    let done = owed.count - missing.count
    var text = "  " + UIText.reportedThisPeriod(lang) + " \(done)/\(owed.count)"
    if !missing.isEmpty {
      text += " · " + UIText.notReported(lang) + " " + missing.map(\.title).joined(separator: "、")
    }
    append(
      DetailPage.Row(
        cells: [.text(text, width: nil, role: Self.role(waitingOn: !missing.isEmpty, cycle))],
        entry: entry))
  }

  /// A unit's measures that owe a report this period (those not done) and, of them, the
  /// ones without a report since the period began.
  private func reporting(of unit: String, in plan: Plan, _ cycle: ReportingCycle) -> (
    owed: [Measure], missing: [Measure]
  ) {
    let owed = plan.measures.filter {
      ($0.leadUnits.contains(unit) || $0.responsibleUnits.contains(unit))
        && data.snapshot.status(of: $0.id) != .done
    }
    return (owed, owed.filter { !cycle.hasReported($0.id, data.snapshot) })
  }

  /// Red once the due day has passed with reports missing, blue within the last 7 days.
  static func role(waitingOn missing: Bool, _ cycle: ReportingCycle) -> StyleRole {
    guard missing else { return .muted }
    if cycle.daysToDue < 0 { return .reportOverdue }
    return cycle.daysToDue <= ReportingMark.dueSoonDays ? .reportDue : .normal
  }
}

extension UIText {
  static let reportingPeriod = Localized(zh: "本期填报", en: "Reporting period")
  static let unitsReported = Localized(zh: "已填报单位", en: "Units reported")
  static let unitsNotReported = Localized(zh: "未填报单位", en: "Not yet reported")
  static let reportedThisPeriod = Localized(zh: "本期已报", en: "reported this period")
  static let notReported = Localized(zh: "未报：", en: "not yet:")
}
