import Dashboard
import PlanModel

/// The bulletin's overview in words: how many measures are finished, on schedule, overdue
/// or behind, by status; how many targets fall in each assessment category.
enum ReportSummary {
  static func measures(_ report: ProgressReport, _ lang: Language) -> String {
    let groups = Dictionary(grouping: report.measures, by: \.group).mapValues(\.count)
    let finished = groups[.finished] ?? 0
    let underWay = groups[.underWay] ?? 0
    let late = groups[.late] ?? 0
    let byStatus = MeasureStatus.allCases.filter { $0 != .done }.map { status in
      (ReportText.status(status)(lang), report.measureCounts[status] ?? 0)
    }
    let scope = place(report, lang)
    if lang == .zh {
      let statuses = byStatus.map { "\($0.0)\($0.1)项" }.joined(separator: "、")
      return "截至\(report.asOf)年，\(scope)纳入督查的措施共\(report.measureTotal)项，"
        + "已完成\(finished)项、按期推进\(underWay)项、逾期或滞后\(late)项"
        + "（其中逾期\(report.overdueCount)项）；未完成的措施中\(statuses)。"
    }
    let statuses = byStatus.map { "\($0.1) \($0.0)" }.joined(separator: ", ")
    return "As of \(report.asOf), measures under review in \(scope): \(report.measureTotal) — "
      + "\(finished) finished, \(underWay) on schedule and \(late) overdue or behind schedule "
      + "(\(report.overdueCount) overdue); of those not finished, \(statuses)."
  }

  static func targets(_ report: ProgressReport, _ lang: Language) -> String {
    // Best first, those that cannot be assessed last.
    let order =
      ProgressReport.statusOrder.reversed().filter { $0 != .notAssessable } + [.notAssessable]
    let categories = order.compactMap { status in
      (report.targetCounts[status] ?? 0) > 0
        ? (ReportText.status(status)(lang), report.targetCounts[status] ?? 0) : nil
    }
    if lang == .zh {
      let list = categories.map { "\($0.0)\($0.1)项" }.joined(separator: "、")
      return "纳入评估的目标和指标共\(report.targets.count)项"
        + (list.isEmpty ? "。" : "，其中\(list)。")
    }
    let list = categories.map { "\($0.1) \($0.0)" }.joined(separator: ", ")
    return "\(report.targets.count) targets and indicators were assessed"
      + (list.isEmpty ? "." : ": \(list).")
  }

  /// 合川区, 各地区; Hechuan (hechuan), all regions; with the unit where one is chosen.
  static func place(_ report: ProgressReport, _ lang: Language) -> String {
    let region = report.regionName ?? (lang == .zh ? OfficeText.allRegions.zh : "all regions")
    guard let unit = report.unit else { return region }
    return lang == .zh ? "\(region)\(unit)牵头或负责的" : "\(region) (\(unit))"
  }
}
