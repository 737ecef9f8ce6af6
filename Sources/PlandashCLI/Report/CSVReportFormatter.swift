import PlanModel

/// `plandash report --format csv`: one flat table (for filters and pivot tables in Excel or
/// WPS): a `count` row per status, a `target` row per assessed item, a `measure` row per
/// late measure and 单位 (`responsible_unit`, with `role` 牵头 or 责任; `figure_unit` is the
/// unit of a target's figures). Figures are the same strings as in the text report.
enum CSVReportFormatter {
  static let header = [
    "section", "region", "responsible_unit", "role", "id", "name", "status", "count", "figure_unit",
    "base", "latest",
    "target", "observed", "required", "R", "elapsed", "done", "schedule", "note",
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
    for line in report.targets {
      // The text report's row, by column name (so a new column cannot shift the CSV's);
      // the CSV names the figure's unit `figure_unit` and gives the status as a word.
      var fields = Dictionary(
        uniqueKeysWithValues: zip(ReportRows.targetHeader, ReportRows.target(line)))
      fields["figure_unit"] = fields.removeValue(forKey: "unit")
      fields["status"] = line.item.assessment.status.label
      fields["section"] = "target"
      rows.append(row(fields))
    }
    for section in report.units {
      for m in section.late {
        rows.append(
          row([
            "section": "measure", "region": m.regionID, "responsible_unit": section.unit,
            "role": m.role.rawValue, "id": m.measure.id, "name": m.measure.title,
            "status": m.status.rawValue, "target": String(m.schedule.endYear),
            "elapsed": ReportFigures.percent(m.schedule.elapsed),
            "done": ReportFigures.percent(m.schedule.done),
            "schedule": ReportFigures.flag(m.schedule),
          ]))
      }
    }
    return CSVText.document(header: header, rows: rows)
  }
}
