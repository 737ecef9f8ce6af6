import Foundation
import PlanModel

/// `plandash report --format json`: the same report as data, figures as JSON numbers
/// (rates and ratios as fractions: 0.1 = 10%).
enum JSONReportFormatter {
  static func object(_ report: ProgressReport) -> [String: Any] {
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
      var fields: [String: Any] = [
        "id": line.item.id, "region": line.item.regionID, "kind": line.item.kind.rawValue,
        "name": line.item.name,
        "assessment": AssessmentFields.fields(line.item.assessment),
        "schedule": AssessmentFields.fields(line.schedule),
      ]
      fields["unit"] = line.item.unit
      fields["figure_unit"] = line.item.figureUnit
      return fields
    }
    let units = report.units.map { section -> [String: Any] in
      [
        "unit": section.unit,
        "measures": section.late.map { m -> [String: Any] in
          var fields: [String: Any] = [
            "id": m.measure.id, "region": m.regionID, "role": m.role.rawValue,
            "title": m.measure.title, "status": m.status.rawValue,
            "schedule": AssessmentFields.fields(m.schedule),
          ]
          fields["section"] = m.measure.section
          return fields
        },
      ]
    }
    var object: [String: Any] = [
      "as_of": report.asOf, "target_counts": targetCounts, "measure_counts": measureCounts,
      "targets": targets, "units": units,
    ]
    object["region"] = report.region
    object["unit"] = report.unit
    return object
  }

  static func render(_ report: ProgressReport) throws -> String {
    let data = try JSONSerialization.data(
      withJSONObject: object(report),
      options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
