import Dashboard
import Foundation
import OfficeDocuments
import PlanModel

/// Writes a report as a Word bulletin or an Excel workbook to an `OfficeFile` — for
/// `plandash report --format docx|xlsx --out F` and the dashboard's `:export`.
enum OfficeReportWriter {
  typealias Format = ReportExportRequest.Format

  /// Writes the file whole (or not at all) and returns its path.
  static func write(
    _ format: Format, _ report: ProgressReport, catalog: Catalog, snapshot: ProgressSnapshot,
    to file: OfficeFile, date: Date = Date()
  ) throws -> String {
    let lang = file.lang
    switch format {
    case .docx:
      let regionNames = Dictionary(
        catalog.plans.map { ($0.region.id, $0.region.name) }, uniquingKeysWith: { a, _ in a })
      let document = DocxReport.document(
        report,
        documentTitle: report.region.flatMap { catalog.plan(forRegion: $0)?.document.title },
        regionNames: regionNames, date: date, lang)
      return try file.write { try WordDocumentWriter.write(document, to: URL(fileURLWithPath: $0)) }
    case .xlsx:
      let workbook = XlsxReport.workbook(report, catalog: catalog, snapshot: snapshot, lang)
      return try file.write { try XLSXWorkbookWriter.write(workbook, to: $0) }
    }
  }

  /// The dashboard's file name: `合川区-督查通报-2026-12-06.docx`.
  static func fileName(regionName: String, format: Format, date: Date, _ lang: Language) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd"
    let kind = lang == .zh ? OfficeText.bulletin.zh : "report"
    let safe = regionName.replacingOccurrences(of: "/", with: "-")
    return "\(safe)-\(kind)-\(formatter.string(from: date)).\(format.rawValue)"
  }
}
