import Dashboard
import OfficeDocuments
import PlanModel

/// The workbook's four sheets.
enum XlsxReportSheets {
  typealias Field = XlsxReport.Field

  static let targetFields = [
    Field("name"), Field("status", label: OfficeText.assessment),
    Field("figure_unit"), Field("base", .figure), Field("base_year", .year), Field("base_origin"),
    Field("latest", .figure), Field("latest_year", .year), Field("target", .figure),
    Field("target_year", .year), Field("observed_per_year", .figure),
    Field("required_per_year", .figure), Field("rate_unit"), Field("R_pct", .percent),
    Field("elapsed_pct", .percent), Field("done_pct", .percent), Field("schedule"),
    Field("note"), Field("id"),
  ]

  static let measureFields = [
    Field("heading"), Field("name", label: ReportText.measureHeader[4]), Field("status"),
    Field("group"), Field("lead_units"), Field("responsible_units"),
    Field("target_year", .year, label: ReportText.measureHeader[8]),
    Field("elapsed_pct", .percent), Field("done_pct", .percent), Field("schedule"),
    Field("note"), Field("note_date"), Field("note_by"), Field("id"),
  ]

  static let colouredKeys: Set<String> = ["status", "schedule"]

  static func targets(_ c: XlsxReport.Context) -> Worksheet {
    XlsxReport.sheet(
      OfficeText.targetsSheet, targetFields,
      rows: c.report.targets.map {
        ($0.item.regionID, CSVReportFormatter.targetFields($0, c.lang))
      },
      c, fill: { key, text in colouredKeys.contains(key) ? XlsxReport.fill(text, c.lang) : nil })
  }

  static func measures(_ c: XlsxReport.Context) -> Worksheet {
    XlsxReport.sheet(
      OfficeText.measuresSheet, measureFields,
      // Under their headings, in the order the plan prints them (late ones first in each).
      rows: HeadingGroup.of(c.report.measures).flatMap(\.lines).map {
        ($0.regionID, CSVReportFormatter.measureFields($0, c.lang))
      },
      c, fill: { key, text in colouredKeys.contains(key) ? XlsxReport.fill(text, c.lang) : nil })
  }

  /// 实际值: each target in the report with its recorded figure in each year (a column per
  /// year any of them has one).
  static func actuals(_ c: XlsxReport.Context) -> Worksheet {
    let items = c.report.targets.map(\.item)
    let years = Set(items.flatMap { c.snapshot.actuals[$0.id]?.map(\.year) ?? [] }).sorted()
    let fields =
      [Field("name"), Field("figure_unit")]
      + years.map { Field(String($0), .figure, label: OfficeText.year($0)) } + [Field("id")]
    let rows = items.map { item in
      var values = ["id": item.id, "name": item.name, "figure_unit": item.figureUnit ?? ""]
      for actual in c.snapshot.actuals[item.id] ?? [] {
        values[String(actual.year)] = CSVReportFormatter.number(actual.value)
      }
      return (item.regionID, values)
    }
    return XlsxReport.sheet(OfficeText.actualsSheet, fields, rows: rows, c)
  }

  /// 单位汇总: each unit of each region with its counts, and the chart of its measures by
  /// status.
  static func units(_ c: XlsxReport.Context) -> Worksheet {
    let statusKeys = ["todo", "in_progress", "done", "blocked"]
    let fields =
      [Field("unit"), Field("lead_count", .integer), Field("responsible_count", .integer)]
      + statusKeys.map { Field($0, .integer) }
      + [
        Field("count", .integer, label: OfficeText.total), Field("overdue", .integer),
        Field("behind", .integer),
      ]
    var rows: [(region: String, fields: [String: String])] = []
    for plan in c.plans {
      let counts = ProgressReport.unitCounts(
        [plan], snapshot: c.snapshot, asOf: c.report.asOf, unit: c.report.unit)
      rows += counts.map { (plan.region.id, CSVReportFormatter.unitFields($0, c.lang)) }
    }
    var sheet = XlsxReport.sheet(
      OfficeText.unitsSheet, fields, rows: rows, c,
      fill: { key, text in
        (key == "overdue" || key == "behind") && (Int(text) ?? 0) > 0
          ? (key == "overdue" ? .bad : .neutral) : nil
      })
    // Columns: 地区, 单位, 牵头, 责任, then the four statuses.
    let colours: [UInt32] = [0xA6A6A6, 0x5B9BD5, 0x70AD47, 0xE15759]
    sheet.chart = StackedColumnChart(
      title: OfficeText.chartTitle(c.lang), categoryColumn: 1,
      series: colours.enumerated().map { .init(column: 4 + $0, color: $1) },
      valueAxisTitle: OfficeText.measureCount(c.lang))
    return sheet
  }
}
