import Dashboard
import Foundation
import PlanModel
import PlandashTestSupport
import Testing

@testable import PlandashCLI

/// The dashboard's `:export` as the CLI does it: the region's report into the folder under
/// `合川区-督查通报-DATE.docx`, never over an existing file, refusals in one line.
@Suite struct DashboardReportExporterTests {
  let folder = TemporaryFolder()
  /// 6 December 2026, noon UTC.
  let day = Date(timeIntervalSince1970: 1_796_558_400)

  func exporter(_ path: String) -> DashboardReportExporter {
    DashboardReportExporter(folder: path, history: { [] }, now: { day })
  }

  var data: DashboardData {
    DashboardData(catalog: Catalog(plans: [ReportFixture.plan]), snapshot: ReportFixture.snapshot)
  }

  func request(_ format: ReportExportRequest.Format, _ lang: Language = .zh) -> ReportExportRequest
  {
    ReportExportRequest(format: format, regionID: "hechuan", asOf: 2025, language: lang)
  }

  @Test(arguments: ReportExportRequest.Format.allCases)
  func namedByRegionAndDateAndNumberedRatherThanReplaced(format: ReportExportRequest.Format) throws
  {
    let first = exporter(folder.path).export(request(format), data)
    let name = "合川区-督查通报-2026-12-06.\(format.rawValue)"
    #expect(first == .written(path: folder.path(name)))
    let second = exporter(folder.path).export(request(format), data)
    let third = exporter(folder.path).export(request(format), data)
    #expect(second == .written(path: folder.path("合川区-督查通报-2026-12-06-2.\(format.rawValue)")))
    #expect(third == .written(path: folder.path("合川区-督查通报-2026-12-06-3.\(format.rawValue)")))
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(names.count == 3 && !names.contains { $0.hasPrefix(".") })
    #expect(try OfficeArchive(folder.path(name)).parts.count > 3)
  }

  @Test func englishNamesTheFileInEnglish() {
    let outcome = exporter(folder.path).export(request(.xlsx, .en), data)
    #expect(outcome == .written(path: folder.path("合川区-report-2026-12-06.xlsx")))
  }

  @Test func aFolderThatTakesNoFileIsSaidInOneLine() {
    let locked = geteuid() == 0 ? "/sys" : folder.path("locked")
    if geteuid() != 0 {
      try? FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: true)
      chmod(locked, 0o555)
    }
    guard case .failed(let reason) = exporter(locked).export(request(.docx), data) else {
      Issue.record("written into \(locked)")
      return
    }
    #expect(reason.hasPrefix("\(locked)/合川区-督查通报-2026-12-06.docx：文件夹 \(locked) 不可写"), "\(reason)")
    #expect(!reason.contains("\n"))
  }
}
