import Foundation
import PlanModel
import ProgressStore

/// `plandash report --format csv`: one flat table for filters, sums and pivot tables in
/// Excel or WPS — a `target-count`/`measure-count` row per status, a `target` row per
/// assessed item, a `measure` row per late measure and 单位 (`responsible_unit`, `role`
/// 牵头 or 责任). Every figure is a plain number in a cell of its own (value and year
/// apart; shares and rates as numbers of percent, `rate_unit` saying which); a figure that
/// is not there is an empty cell, never "—".
enum CSVReportFormatter {
  static let header = [
    "section", "region", "responsible_unit", "role", "id", "name", "status", "count",
    "figure_unit", "base", "base_year", "latest", "latest_year", "target", "target_year",
    "observed_per_year", "required_per_year", "rate_unit", "R_pct", "elapsed_pct", "done_pct",
    "schedule", "note",
  ]

  static func render(_ report: ProgressReport) -> String {
    var rows: [[String]] = []
    func row(_ fields: [String: String]) -> [String] { header.map { fields[$0] ?? "" } }
    for status in ProgressReport.statusOrder {
      rows.append(
        row([
          "section": "target-count", "status": status.label,
          "count": String(report.targetCounts[status] ?? 0),
        ]))
    }
    for status in MeasureStatus.allCases {
      rows.append(
        row([
          "section": "measure-count", "status": status.rawValue,
          "count": String(report.measureCounts[status] ?? 0),
        ]))
    }
    rows.append(
      row(["section": "measure-count", "status": "overdue", "count": String(report.overdueCount)]))
    rows.append(
      row([
        "section": "measure-count", "status": "behind schedule",
        "count": String(report.behindCount),
      ]))
    for line in report.targets { rows.append(row(targetFields(line))) }
    for section in report.units {
      for m in section.late {
        rows.append(
          row([
            "section": "measure", "region": m.regionID, "responsible_unit": section.unit,
            "role": m.role.rawValue, "id": m.measure.id, "name": m.measure.title,
            "status": m.status.rawValue, "target_year": String(m.schedule.endYear),
            "elapsed_pct": percent(m.schedule.elapsed), "done_pct": percent(m.schedule.done),
            "schedule": ReportFigures.flag(m.schedule),
          ]))
      }
    }
    return CSVText.document(header: header, rows: rows)
  }

  static func targetFields(_ line: ProgressReport.TargetLine) -> [String: String] {
    let a = line.item.assessment
    var fields = [
      "section": "target", "region": line.item.regionID, "id": line.item.id,
      "name": line.item.name, "status": a.status.label, "figure_unit": line.item.figureUnit ?? "",
      "base": number(a.baseValue), "base_year": a.baseYear.map(String.init) ?? "",
      "latest": number(a.latestValue), "latest_year": a.latestYear.map(String.init) ?? "",
      "target": number(a.targetValue), "target_year": a.targetYear.map(String.init) ?? "",
      "R_pct": percent(a.ratio), "elapsed_pct": percent(line.schedule.elapsed),
      "done_pct": percent(line.schedule.done), "schedule": ReportFigures.flag(line.schedule),
      "note": a.reason?.en ?? "",
    ]
    switch a.method {
    case .requiredGrowth, .directionOnly:
      fields["observed_per_year"] = percent(a.observedRate)
      fields["required_per_year"] = percent(a.requiredRate)
      fields["rate_unit"] = "%"
    case .annualRate:
      fields["observed_per_year"] = number(a.observedRate.map(ReportFigures.rounded))
      fields["required_per_year"] = number(a.targetValue)
      fields["rate_unit"] = line.item.unit == "个百分点" ? "个百分点" : "%"
    case .perYear:
      fields["observed_per_year"] = number(a.observedRate.map(ReportFigures.rounded))
      fields["required_per_year"] = number(a.targetValue)
      fields["rate_unit"] = line.item.unit ?? ""
    case .comparator:
      // The gap to the comparator in the latest common year, in the figure's unit.
      fields["observed_per_year"] = number(a.gap.map(ReportFigures.rounded))
      fields["rate_unit"] = "gap"
    case .binary, .none:
      break
    }
    return fields
  }

  /// A plain number as a spreadsheet reads it; empty when missing or not finite.
  static func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "" }
    return RecordValue.number(value)
  }

  /// A fraction as a number of percent to one decimal (`0.734` → `73.4`); empty when missing.
  static func percent(_ fraction: Double?) -> String {
    guard let fraction, fraction.isFinite else { return "" }
    return String(format: "%.1f", fraction * 100)
  }
}
