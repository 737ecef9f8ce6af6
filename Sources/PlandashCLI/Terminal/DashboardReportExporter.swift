import Dashboard
import Foundation
import PlanModel
import ProgressStore

/// The dashboard's `:export docx|xlsx`, done here in the CLI layer: the current region's
/// report as of the dashboard's year, in its language, from the data on screen and the
/// store's log (for each note's date and author), written into `folder` (the current
/// folder) under a name like `合川区-督查通报-2026-12-06.docx` — `-2`, `-3` … added rather
/// than replacing a file.
struct DashboardReportExporter {
  var folder: String
  /// The store's log, newest last.
  var history: () throws -> [LogEntry]
  var now: () -> Date = Date.init

  func export(_ request: ReportExportRequest, _ data: DashboardData) -> ReportExportOutcome {
    let lang = request.language
    guard let plan = data.catalog.plan(forRegion: request.regionID) else {
      return .failed(OfficeErrors.noSuchRegion(request.regionID)(lang))
    }
    let date = now()
    let name = OfficeReportWriter.fileName(
      regionName: plan.region.name, format: request.format, date: date, lang)
    let path = (folder as NSString).appendingPathComponent(name)
    do {
      let history = try history()
      let report = ProgressReport(
        catalog: data.catalog, snapshot: data.snapshot, asOf: request.asOf,
        region: request.regionID, unit: nil,
        notes: MeasureNotes.latest(snapshot: data.snapshot, history: history))
      let file = OfficeFile(path, existing: .number, lang, subject: path)
      return .written(
        path: try OfficeReportWriter.write(
          request.format, report, catalog: data.catalog, snapshot: data.snapshot, to: file,
          date: date))
    } catch let error as any UserFacingError {
      return .failed(error.message(lang))
    } catch {
      return .failed("\(error)")
    }
  }
}
