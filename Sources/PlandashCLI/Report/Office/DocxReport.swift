import Dashboard
import Foundation
import OfficeDocuments
import PlanModel

/// `plandash report --format docx`: the report as a 督查通报 in the 公文 layout — title and
/// scope, 一、总体情况 in words, 二、the targets (base → latest → target, category),
/// 三、the measures under their chapter › section headings (lead units, status, latest note,
/// 序时进度), 四、each unit's counts, and the date. Overdue and behind rows are shaded. The figures are the report's, written as
/// the text report writes them (`ReportFigures`).
enum DocxReport {
  /// Red for overdue, deterioration and limited progress; yellow for behind schedule and
  /// acceleration needed (Excel's bad and neutral fills).
  static let alert = "FFC7CE"
  static let caution = "FFEB9C"

  struct Context {
    var report: ProgressReport
    var lang: Language
    /// Region names by id, for reports of every region.
    var regionNames: [String: String]

    var allRegions: Bool { report.region == nil }

    func regionName(_ id: String) -> String { regionNames[id] ?? id }
  }

  static func document(
    _ report: ProgressReport, documentTitle: String?, regionNames: [String: String], date: Date,
    _ lang: Language
  ) -> WordDocument {
    let context = Context(report: report, lang: lang, regionNames: regionNames)
    let title = OfficeText.title(document: documentTitle, regionName: report.regionName)(lang)
    var blocks: [WordDocument.Block] = [
      .title(title), .subtitle(OfficeText.subtitle(asOf: report.asOf, unit: report.unit)(lang)),
      .heading1(OfficeText.overview(lang)),
      .paragraph(ReportSummary.measures(report, lang)),
      .paragraph(ReportSummary.targets(report, lang)),
      .heading1(OfficeText.targets(lang)),
    ]
    blocks += section(DocxReportTables.targets(context), lang)
    blocks.append(.heading1(OfficeText.measures(lang)))
    blocks += section(DocxReportTables.measures(context), lang)
    blocks.append(.heading1(OfficeText.units(lang)))
    blocks += section(DocxReportTables.units(context), lang)
    blocks.append(.date(OfficeText.date(date)(lang)))
    return WordDocument(
      title: title, blocks: blocks, language: lang == .zh ? "zh-CN" : "en-US")
  }

  /// A table, or "（无）" where it has no rows; the shading's key below a shaded table.
  static func section(_ table: WordTable, _ lang: Language) -> [WordDocument.Block] {
    guard !table.rows.isEmpty else { return [.paragraph(ReportText.none(lang))] }
    let shaded = table.rows.contains { $0.fill != nil }
    return [.table(table)] + (shaded ? [.note(OfficeText.highlightNote(lang))] : [])
  }

  /// The fill of a row by its schedule and (for targets) its assessment.
  static func fill(_ schedule: ScheduleProgress, assessment: AssessmentStatus? = nil) -> String? {
    if schedule.isOverdue || assessment == .deterioration || assessment == .limitedProgress {
      return alert
    }
    if schedule.isBehind || assessment == .accelerationNeeded { return caution }
    return nil
  }
}
