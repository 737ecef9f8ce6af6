import PlanModel
import Testing

@testable import Dashboard

/// `:export docx|xlsx`: the reducer only leaves a request; the engine hands it to the
/// exporter the CLI injects and shows what came back on the status line.
@Suite struct ExportCommandTests {
  /// Runs `:line` as typed.
  func command(_ engine: DashboardEngine, _ line: String) {
    engine.perform(.startCommand)
    engine.perform(.editorInsert(line))
    engine.perform(.editorSubmit)
  }

  @Test func theReducerLeavesARequestAndWritesNothing() {
    var state = Fixtures.engine().0.state
    var data = Fixtures.engine().0.data
    state.regionID = "hechuan"
    let changes = Reducer.reduce(&state, .runCommand("export docx"), data: &data)
    #expect(changes.isEmpty)
    #expect(
      state.pendingExport
        == ReportExportRequest(format: .docx, regionID: "hechuan", asOf: 2025, language: .zh))
  }

  @Test(arguments: ReportExportRequest.Format.allCases)
  func theEngineHandsTheRequestToTheExporterAndSaysWhere(format: ReportExportRequest.Format) {
    let (engine, _) = Fixtures.engine()
    Fixtures.type(engine, "j")  // 合川区
    var asked: [ReportExportRequest] = []
    engine.exportReport = { request, data in
      asked.append(request)
      #expect(data.catalog.plan(forRegion: request.regionID) != nil)
      return .written(path: "/tmp/合川区-督查通报.\(request.format.rawValue)")
    }
    command(engine, "export \(format.rawValue)")
    #expect(
      asked == [
        ReportExportRequest(
          format: format, regionID: engine.state.regionID!, asOf: 2025, language: .zh)
      ])
    #expect(engine.state.pendingExport == nil)
    #expect(engine.state.message?.text == "已写入 ")
    #expect(engine.state.message?.tail == "/tmp/合川区-督查通报.\(format.rawValue)")
    #expect(Fixtures.screen(engine).joined().contains("已写入 /tmp/合川区-督查通报.\(format.rawValue)"))
  }

  @Test func aFailureIsShownAsTheExporterSaysIt() {
    let (engine, _) = Fixtures.engine()
    engine.exportReport = { _, _ in .failed("/x/合川区.docx：文件夹 /x 不可写（Permission denied）") }
    command(engine, "export docx")
    #expect(engine.state.message?.kind == .error)
    #expect(engine.state.message?.text == "/x/合川区.docx：文件夹 /x 不可写（Permission denied）")
  }

  @Test func aBadFormatOrNoExporterIsSaidInTheUsersLanguage() {
    let (engine, _) = Fixtures.engine()
    var called = false
    engine.exportReport = { _, _ in
      called = true
      return .written(path: "")
    }
    command(engine, "export pdf")
    #expect(!called)
    #expect(engine.state.message?.text == "用法：:export docx 或 :export xlsx")
    let (english, _) = Fixtures.engine(options: DashboardOptions(language: .en))
    command(english, "export xlsx")
    #expect(english.state.message?.text == "exporting files is not available here")
    #expect(english.state.message?.kind == .error)
  }

  @Test func helpListsTheCommand() {
    let (engine, _) = Fixtures.engine()
    Fixtures.type(engine, "? /")
    engine.handle(.key(.text("export")))
    let help = Fixtures.screen(engine).joined(separator: "\n")
    #expect(help.contains(":export docx|xlsx"))
  }
}
