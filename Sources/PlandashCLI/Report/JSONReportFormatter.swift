import Dashboard
import Foundation
import PlanModel

/// `plandash report --format json`: the same report as data, figures as JSON numbers
/// (rates and ratios as fractions: 0.1 = 10%). Codes (`done`, `in-progress`, `on-track`,
/// `late` …) are English in either language; only the `*_label` fields are in the report's.
enum JSONReportFormatter {
  static func object(_ report: ProgressReport, _ lang: Language) -> [String: Any] {
    var targetCounts: [String: Any] = [:]
    for status in AssessmentStatus.allCases {
      targetCounts[status.rawValue] = report.targetCounts[status] ?? 0
    }
    var measureCounts: [String: Any] = [:]
    for status in MeasureStatus.allCases {
      measureCounts[status.rawValue] = report.measureCounts[status] ?? 0
    }
    measureCounts["total"] = report.measureTotal
    measureCounts["overdue"] = report.overdueCount
    measureCounts["behind"] = report.behindCount
    let targets = report.targets.map { line -> [String: Any] in
      var assessment = AssessmentFields.fields(line.item.assessment)
      assessment["status_label"] = ReportText.status(line.item.assessment.status)(lang)
      assessment["base_label"] = ReportText.baseOrigin(line.item.assessment)?(lang)
      assessment["reason_label"] = line.item.assessment.reason?(lang)
      var fields: [String: Any] = [
        "id": line.item.id, "region": line.item.regionID, "kind": line.item.kind.rawValue,
        "name": line.item.name, "assessment": assessment,
        "schedule": AssessmentFields.fields(line.schedule),
      ]
      fields["unit"] = line.item.unit
      fields["figure_unit"] = line.item.figureUnit
      return fields
    }
    var object: [String: Any] = [
      "as_of": report.asOf, "language": lang.rawValue, "target_counts": targetCounts,
      "measure_counts": measureCounts, "targets": targets,
      "measures": report.measures.map { measure($0, lang) },
      "units": report.units.map(unit),
    ]
    object["region"] = report.region
    object["region_name"] = report.regionName
    object["unit"] = report.unit
    return object
  }

  /// A measure once: its units, status, group, schedule and latest note.
  static func measure(_ m: ProgressReport.MeasureLine, _ lang: Language) -> [String: Any] {
    var fields: [String: Any] = [
      "id": m.measure.id, "region": m.regionID, "title": m.measure.title,
      "status": m.status.rawValue, "status_label": ReportText.status(m.status)(lang),
      "group": m.group.rawValue, "group_label": ReportText.group(m.group)(lang),
      "lead_units": m.measure.leadUnits, "responsible_units": m.measure.responsibleUnits,
      "schedule": AssessmentFields.fields(m.schedule),
    ]
    fields["section"] = m.measure.section
    // The heading it is written under (its key, null under none), and the headings from the
    // chapter down, as printed.
    fields["heading"] = m.measure.source.heading ?? NSNull()
    fields["heading_path"] = m.headingPath.map(\.printed)
    if let note = m.note {
      var noteFields: [String: Any] = ["text": note.text]
      noteFields["date"] = note.date
      noteFields["by"] = note.by
      fields["note"] = noteFields
    }
    return fields
  }

  /// A unit's counts only: its measures are listed once under `measures`.
  static func unit(_ u: ProgressReport.UnitCounts) -> [String: Any] {
    var counts: [String: Any] = [:]
    for status in MeasureStatus.allCases {
      counts[status.rawValue] = u.progress.counts[status] ?? 0
    }
    return [
      "unit": u.unit, "lead": u.leads, "responsible": u.responsible, "counts": counts,
      "overdue": u.progress.overdueCount, "behind": u.progress.behindCount,
    ]
  }

  static func render(_ report: ProgressReport, _ lang: Language) throws -> String {
    let data = try JSONSerialization.data(
      withJSONObject: object(report, lang),
      options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
