import Dashboard
import OfficeDocuments
import PlanModel

/// `plandash report --format xlsx`: the 台账 as a workbook — sheets 目标 (every target with
/// its assessment), 措施 (every measure once), 实际值 (the actual figures by year) and 单位汇总
/// (each unit's counts per region, with a stacked column chart of its measures by status).
/// Each sheet starts with 地区, the region's name; its header row stays in view and filters.
/// The cells are the CSV report's fields (`CSVReportFormatter`), figures as numbers.
enum XlsxReport {
  /// A sheet column: a CSV report field, its header, its number format.
  struct Field {
    var key: String
    var label: Localized
    var format: SheetColumn.Format

    /// The CSV report's column `key` with its header.
    init(_ key: String, _ format: SheetColumn.Format = .text, label: Localized? = nil) {
      self.key = key
      self.format = format
      self.label =
        label ?? CSVReportFormatter.columns.first { $0.key == key }?.label
        ?? Localized(zh: key, en: key)
    }
  }

  struct Context {
    var report: ProgressReport
    var catalog: Catalog
    var snapshot: ProgressSnapshot
    var lang: Language

    func regionName(_ id: String) -> String { catalog.plan(forRegion: id)?.region.name ?? id }

    /// The plans the report covers.
    var plans: [Plan] {
      catalog.plans.filter { report.region == nil || $0.region.id == report.region }
    }
  }

  static func workbook(
    _ report: ProgressReport, catalog: Catalog, snapshot: ProgressSnapshot, _ lang: Language
  ) -> Workbook {
    let c = Context(report: report, catalog: catalog, snapshot: snapshot, lang: lang)
    var sheets = [
      XlsxReportSheets.targets(c), XlsxReportSheets.measures(c), XlsxReportSheets.actuals(c),
      XlsxReportSheets.units(c),
    ]
    for index in sheets.indices { sheets[index].fitWidths(measure: DisplayWidth.of) }
    return Workbook(sheets: sheets)
  }

  /// A sheet of `fields` with one row per entry of `values` (CSV fields by key); the
  /// region's name first, and `fill` saying which cells are coloured.
  static func sheet(
    _ name: Localized, _ fields: [Field], rows values: [(region: String, fields: [String: String])],
    _ c: Context, fill: (String, String) -> CellFill? = { _, _ in nil }
  ) -> Worksheet {
    let columns =
      [SheetColumn(OfficeText.regionName(c.lang))]
      + fields.map { SheetColumn($0.label(c.lang), format: $0.format) }
    let rows = values.map { entry in
      [SheetCell.text(c.regionName(entry.region))]
        + fields.map { field in
          let text = entry.fields[field.key] ?? ""
          let colour = fill(field.key, text)
          return field.format == .text
            ? SheetCell.text(text, fill: colour) : SheetCell.number(Double(text), fill: colour)
        }
    }
    // 地区 and the name (or unit) stay in view and on every printed page.
    return Worksheet(name: name(c.lang), columns: columns, rows: rows, frozenColumns: 2)
  }

  /// The colour of a status word: an assessment's, a measure's, or 逾期 / 滞后.
  static func fill(_ word: String, _ lang: Language) -> CellFill? {
    if word == ReportText.overdue(lang) { return .bad }
    if word == ReportText.behind(lang) { return .neutral }
    for status in MeasureStatus.allCases where ReportText.status(status)(lang) == word {
      switch status {
      case .done: return .good
      case .inProgress: return .neutral
      case .todo: return .idle
      case .blocked: return .bad
      }
    }
    for status in AssessmentStatus.allCases where ReportText.status(status)(lang) == word {
      switch status {
      case .achieved, .onTrack: return .good
      case .accelerationNeeded, .notAchieved: return .neutral
      case .limitedProgress, .deterioration: return .bad
      case .notAssessable: return .idle
      }
    }
    return nil
  }
}
