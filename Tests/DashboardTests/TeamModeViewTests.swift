import PlanModel
import Testing

@testable import Dashboard

/// The dashboard on a team store: read-only on the last progress seen while the server is
/// away, the line after a report that replaced another's, and the reporting cycle (the
/// measures' colours and the Units page).
@Suite struct OfflineDashboardTests {
  static let seen = ProgressSnapshot(measures: [
    "hechuan.measure.auto-chain": MeasureProgress(status: .done, updatedAt: 0, updatedBy: "u1")
  ])

  static func offlineEngine(_ language: Language = .zh) -> DashboardEngine {
    var options = DashboardOptions(language: language)
    options.offline = OfflineNotice(store: "postgres://u1@db:5432/plans", savedAt: nil)
    let engine = DashboardEngine(
      catalog: Fixtures.catalog, backend: ReadOnlyProgressBackend(snapshot: seen),
      options: options, themes: Fixtures.themes)
    engine.handle(.resize(width: 160, height: 48))
    return engine
  }

  @Test func opensOnTheLastProgressSeenWithABannerInBothLanguages() throws {
    let engine = Self.offlineEngine()
    let screen = Fixtures.type(engine, "j 5")
    #expect(screen[1].contains("团队库无法连接 · 只读"), "\(screen[1])")
    #expect(screen.contains { $0.contains("壮大智能网联") && $0.contains("已完成") })
    let english = Fixtures.type(Self.offlineEngine(.en), "j 5")
    #expect(english[1].contains("team store unreachable · read-only"), "\(english[1])")
  }

  @Test func everyWriteKeyGetsOneLineAndChangesNothing() throws {
    for keys in ["Space", "x", "s", "n", "a", "u", "C-r"] {
      let engine = Self.offlineEngine(.en)
      let screen = Fixtures.type(engine, "j 5 " + keys)
      #expect(engine.state.mode == .normal, "\(keys) opened \(engine.state.mode)")
      #expect(
        screen.last?.contains("read-only: the team store cannot be reached") == true,
        "\(keys): \(screen.last ?? "")")
      #expect(try engine.backend.snapshot() == Self.seen)
      #expect(engine.data.snapshot == Self.seen)
    }
  }

  @Test func theReducerHandsNoChangeToTheStoreWhileOffline() {
    var options = DashboardOptions()
    options.offline = OfflineNotice(store: "postgres://x@y/z", savedAt: 0)
    var state = DashboardState(options: options, themeNames: ["a"], firstRegionID: "hechuan")
    state.focus = .measures
    var data = DashboardData(catalog: Fixtures.catalog, snapshot: ProgressSnapshot())
    #expect(Reducer.reduce(&state, .toggleDone, data: &data).isEmpty)
    #expect(state.message?.kind == .error)
    state.message = nil
    #expect(ReadOnly.filter([.undo], &state).isEmpty, "a change asked for some other way")
    #expect(state.message?.kind == .error)
    #expect(Reducer.reduce(&state, .moveDown, data: &data).isEmpty)
    #expect(state.message == nil, "moving about is not refused")
  }

  @Test func theBackendRefusesWritesInTheUsersLanguage() {
    let backend = ReadOnlyProgressBackend(snapshot: Self.seen)
    #expect(throws: ReadOnlyProgressBackend.Refused.self) { try backend.apply(.undo) }
    #expect(UserFacing.text(of: ReadOnlyProgressBackend.Refused(), .zh).hasPrefix("只读"))
  }
}

/// A backend whose every write replaced someone's report made at the same time.
final class ReplacingBackend: ProgressBackend {
  let inner = InMemoryProgressBackend(snapshot: ProgressSnapshot())
  func apply(_ change: ProgressChange) throws -> ProgressSnapshot { try inner.apply(change) }
  func snapshot() throws -> ProgressSnapshot { try inner.snapshot() }
  func history(of itemID: String) throws -> [ProgressHistoryEntry] { [] }
  func changeToken() throws -> Int64 { try inner.changeToken() }
  func itemsChangedLast() -> [String] { [] }
  func replacedLast() -> [ReplacedReport] {
    [ReplacedReport(itemID: "hechuan.measure.auto-chain", operation: 12, by: "office1")]
  }
}

@Suite struct ReplacedReportViewTests {
  @Test func theStatusLineSaysWhoseReportWasReplaced() {
    let engine = DashboardEngine(
      catalog: Fixtures.catalog, backend: ReplacingBackend(),
      options: DashboardOptions(language: .en), themes: Fixtures.themes)
    engine.handle(.resize(width: 160, height: 48))
    let screen = Fixtures.type(engine, "j 5 Space")
    #expect(
      screen.last?.contains(
        "replaced office1's report on hechuan.measure.auto-chain (#12), made meanwhile") == true,
      "\(screen.last ?? "")")
    #expect(engine.state.message?.kind == .warning)
    #expect(ReplacedReport.notice([]).zh.hasPrefix("已覆盖"))
  }

  @Test func aStoreOfOnePersonReplacesNobody() {
    #expect(InMemoryProgressBackend(snapshot: ProgressSnapshot()).replacedLast().isEmpty)
  }
}

@Suite struct ReportingCycleTests {
  /// 2023-12-22, reports due on the 25th; the period began at 1000 (seconds).
  static func cycle(day: Int) -> ReportingCycle {
    ReportingCycle(dueDay: 25, year: 2023, month: 12, day: day, periodStart: 1000)
  }

  /// auto-chain (区经济信息委 leads) reported this period; land (区规划自然资源局 leads) not.
  static let snapshot = ProgressSnapshot(measures: [
    "hechuan.measure.auto-chain": MeasureProgress(status: .inProgress, updatedAt: 2000),
    "hechuan.measure.land": MeasureProgress(status: .inProgress, updatedAt: 500),
  ])

  static func mark(_ id: String, day: Int, asOf: Int = 2023) -> ReportingMark? {
    let measure = Fixtures.catalog.measure(id)!
    return ReportingMark.of(
      measure, document: Fixtures.hechuan.document, cycle: cycle(day: day), snapshot: snapshot,
      asOf: asOf)
  }

  @Test func blueWhenDueWithinSevenDaysRedWhenOverdueYellowWhenBehind() {
    #expect(Self.mark("hechuan.measure.land", day: 10) == nil, "15 days to go")
    #expect(Self.mark("hechuan.measure.land", day: 18) == .dueSoon)
    #expect(Self.mark("hechuan.measure.land", day: 25) == .dueSoon)
    #expect(Self.mark("hechuan.measure.land", day: 26) == .overdue)
    #expect(Self.mark("hechuan.measure.auto-chain", day: 26) == nil, "reported")
    #expect(Self.mark("hechuan.measure.auto-chain", day: 10, asOf: 2024) == .behind)
    #expect(Self.mark("hechuan.measure.auto-chain", day: 10, asOf: 2025) == .overdue)
    #expect(ReportingMark.overdue.role == .reportOverdue)
    #expect(ReportingMark.dueSoon.role == .reportDue)
    #expect(ReportingMark.behind.role == .reportBehind)
  }

  static func engine(day: Int) -> DashboardEngine {
    var options = DashboardOptions(language: .zh, currentYear: 2023)
    options.reporting = cycle(day: day)
    return Fixtures.engine(snapshot: snapshot, options: options).0
  }

  @Test func theMeasuresPaneColoursEachTitle() throws {
    let engine = Self.engine(day: 20)
    let screen = Fixtures.type(engine, "j 5")
    let buffer = Fixtures.buffer(engine)
    func role(_ title: String) throws -> StyleRole {
      let y = try #require(screen.firstIndex { $0.contains(title) })
      let column = try #require(ScreenColumn.of(title, in: screen[y]))
      return buffer[column, y].style.role
    }
    #expect(try role("盘活低效工业用地") == .reportDue)
    // Reported this month and on schedule: no colour (seen with the cursor off its row).
    let moved = Self.engine(day: 20)
    let movedScreen = Fixtures.type(moved, "j 5 j")
    let row = try #require(movedScreen.firstIndex { $0.contains("壮大智能网联") })
    let column = try #require(ScreenColumn.of("壮大智能网联", in: movedScreen[row]))
    #expect(Fixtures.buffer(moved)[column, row].style.role == .normal)
    let late = Self.engine(day: 27)
    let lateScreen = Fixtures.type(late, "j 5")
    let y = try #require(lateScreen.firstIndex { $0.contains("盘活低效工业用地") })
    let x = try #require(ScreenColumn.of("盘活低效工业用地", in: lateScreen[y]))
    #expect(Fixtures.buffer(late)[x, y].style.role == .reportOverdue)
  }

  @Test func theUnitsPageSaysWhoHasAndHasNotReported() throws {
    let screen = Fixtures.type(Self.engine(day: 27), "j U")
    let text = screen.joined(separator: "\n")
    #expect(text.contains("本期填报"), "\(text)")
    #expect(text.contains("2023年12月，25日截止"))
    let notYet = try #require(screen.first { $0.contains("未填报单位") })
    #expect(notYet.contains("区规划自然资源局"))
    let reported = try #require(screen.first { $0.contains("已填报单位") })
    #expect(reported.contains("区发展改革委"))
    #expect(screen.contains { $0.contains("本期已报 0/1") })
  }

  @Test func withoutATeamStoreThereIsNoCycle() {
    let screen = Fixtures.type(Fixtures.engine().0, "j U")
    #expect(!screen.contains { $0.contains("本期填报") })
  }
}

/// Where a text starts on a screen row, in columns.
enum ScreenColumn {
  static func of(_ text: String, in row: String) -> Int? {
    guard let range = row.range(of: text) else { return nil }
    return DisplayWidth.of(String(row[..<range.lowerBound]))
  }
}
