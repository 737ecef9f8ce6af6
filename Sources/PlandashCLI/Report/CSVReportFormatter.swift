import Dashboard
import Foundation
import PlanModel
import ProgressStore

/// `plandash report --format csv`: one flat table for filters, sums and pivot tables in
/// Excel or WPS — a `target-count`/`measure-count` row per status, a `target` row per
/// assessed item, a `measure` row per measure (its id on that one row, its 牵头 and 责任单位
/// in columns of their own, its group and latest note), and a `unit-count` row per unit with
/// counts only. Every figure is a plain number in a cell of its own (value and year apart;
/// shares and rates as numbers of percent, `rate_unit` saying which); a figure that is not
/// there is an empty cell, never "—". Headers and words are in the report's language.
enum CSVReportFormatter {
  static func column(_ key: String, _ zh: String) -> (key: String, label: Localized) {
    (key, Localized(zh: zh, en: key))
  }

  static let columns = [
    column("section", "类别"), column("region", "地区"), column("id", "编号"),
    column("name", "名称"), column("status", "状态"), column("count", "数量"),
    column("group", "分组"), column("lead_units", "牵头单位"),
    column("responsible_units", "责任单位"), column("unit", "单位名称"),
    column("lead_count", "牵头数"), column("responsible_count", "责任数"),
    column("todo", "待办"), column("in_progress", "进行中"), column("done", "已完成"),
    column("blocked", "受阻"), column("overdue", "逾期"), column("behind", "滞后"),
    column("figure_unit", "计量单位"), column("base", "基期值"), column("base_year", "基期年份"),
    column("base_origin", "基期来源"), column("latest", "最新值"),
    column("latest_year", "最新年份"), column("target", "目标值"),
    column("target_year", "目标年份"), column("observed_per_year", "实际年均"),
    column("required_per_year", "所需年均"), column("rate_unit", "增速单位"),
    column("R_pct", "R(%)"), column("elapsed_pct", "时间进度(%)"),
    column("done_pct", "完成进度(%)"), column("schedule", "序时"),
    column("note", "说明或进展"), column("note_date", "进展日期"), column("note_by", "填写人"),
    column("heading", "章节"),
  ]

  /// The `section` column's words.
  enum Section {
    static let targetCount = Localized(zh: "目标统计", en: "target-count")
    static let measureCount = Localized(zh: "措施统计", en: "measure-count")
    static let target = Localized(zh: "目标", en: "target")
    static let measure = Localized(zh: "措施", en: "measure")
    static let unitCount = Localized(zh: "单位统计", en: "unit-count")
  }

  static func render(_ report: ProgressReport, _ lang: Language) -> String {
    var rows: [[String]] = []
    func row(_ fields: [String: String]) { rows.append(columns.map { fields[$0.key] ?? "" }) }
    for status in ProgressReport.statusOrder {
      row([
        "section": Section.targetCount(lang), "status": ReportText.status(status)(lang),
        "count": String(report.targetCounts[status] ?? 0),
      ])
    }
    for counts in ReportRows.measureCounts(report, lang) where counts[0] != ReportText.total(lang) {
      row(["section": Section.measureCount(lang), "status": counts[0], "count": counts[1]])
    }
    for line in report.targets { row(targetFields(line, lang)) }
    for line in report.measures { row(measureFields(line, lang)) }
    for unit in report.units { row(unitFields(unit, lang)) }
    return CSVText.document(header: columns.map { $0.label(lang) }, rows: rows)
  }

  static func measureFields(_ m: ProgressReport.MeasureLine, _ lang: Language) -> [String: String] {
    [
      "section": Section.measure(lang), "region": m.regionID, "id": m.measure.id,
      "name": m.measure.title, "status": ReportText.status(m.status)(lang),
      "group": lang == .zh ? ReportText.groupWord(m.group) : m.group.rawValue,
      "lead_units": m.measure.leadUnits.joined(separator: "、"),
      "responsible_units": m.measure.responsibleUnits.joined(separator: "、"),
      "target_year": String(m.schedule.endYear), "elapsed_pct": percent(m.schedule.elapsed),
      "done_pct": percent(m.schedule.done), "schedule": ReportFigures.flag(m.schedule, lang),
      "note": m.note?.text ?? "", "note_date": m.note?.date ?? "", "note_by": m.note?.by ?? "",
      "heading": m.headingPath.map(\.printed).joined(separator: " › "),
    ]
  }

  static func unitFields(_ u: ProgressReport.UnitCounts, _ lang: Language) -> [String: String] {
    let counts = u.progress.counts
    return [
      "section": Section.unitCount(lang), "unit": u.unit, "lead_count": String(u.leads),
      "responsible_count": String(u.responsible), "count": String(counts.values.reduce(0, +)),
      "todo": String(counts[.todo] ?? 0), "in_progress": String(counts[.inProgress] ?? 0),
      "done": String(counts[.done] ?? 0), "blocked": String(counts[.blocked] ?? 0),
      "overdue": String(u.progress.overdueCount), "behind": String(u.progress.behindCount),
    ]
  }

  static func targetFields(_ line: ProgressReport.TargetLine, _ lang: Language) -> [String: String]
  {
    let a = line.item.assessment
    var fields = [
      "section": Section.target(lang), "region": line.item.regionID, "id": line.item.id,
      "name": line.item.name, "status": ReportText.status(a.status)(lang),
      "figure_unit": line.item.figureUnit ?? "",
      "base": number(a.baseValue), "base_year": a.baseYear.map(String.init) ?? "",
      "base_origin": a.baseOrigin.map { lang == .zh ? ReportText.originWord($0) : $0.rawValue }
        ?? "",
      "latest": number(a.latestValue), "latest_year": a.latestYear.map(String.init) ?? "",
      "target": number(a.targetValue), "target_year": a.targetYear.map(String.init) ?? "",
      "R_pct": percent(a.ratio), "elapsed_pct": percent(line.schedule.elapsed),
      "done_pct": percent(line.schedule.done), "schedule": ReportFigures.flag(line.schedule, lang),
      "note": a.reason?(lang) ?? "",
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
      fields["rate_unit"] = lang == .zh ? "差距" : "gap"
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
