import PlanModel
import Testing

@testable import Dashboard

@Suite struct MarkingTests {
  @Test func spaceTogglesDoneThroughTheBackendAndShowsAtOnce() throws {
    let (engine, backend) = Fixtures.engine()
    var screen = Fixtures.type(engine, "j 5 Space")
    #expect(try backend.snapshot().status(of: "hechuan.measure.auto-chain") == .done)
    #expect(screen.contains { $0.contains("壮大智能网联") && $0.contains("✔ 已完成") })
    #expect(screen.contains { $0.contains("合川区") && $0.contains("1/3") }, "regions pane counts it")
    screen = Fixtures.type(engine, "x")
    #expect(try backend.snapshot().status(of: "hechuan.measure.auto-chain") == .todo)
    #expect(screen.contains { $0.contains("壮大智能网联") && $0.contains("○ 待办") })
  }

  @Test func reducerEmitsProgressChangesAndWritesNothingItself() {
    var state = DashboardState(
      options: DashboardOptions(), themeNames: ["a"], firstRegionID: "hechuan")
    state.focus = .measures
    var data = DashboardData(catalog: Fixtures.catalog, snapshot: ProgressSnapshot())
    let changes = Reducer.reduce(&state, .toggleDone, data: &data)
    #expect(changes == [.setStatus(ids: ["hechuan.measure.auto-chain"], status: .done, note: nil)])
    #expect(data.snapshot.measures.isEmpty)
    let cycle = Reducer.reduce(&state, .cycleStatus, data: &data)
    #expect(
      cycle == [.setStatus(ids: ["hechuan.measure.auto-chain"], status: .inProgress, note: nil)])
  }

  @Test func sCyclesTodoInProgressDoneBlocked() throws {
    let (engine, backend) = Fixtures.engine()
    Fixtures.type(engine, "j 5")
    var seen: [MeasureStatus] = []
    for _ in 0..<4 {
      Fixtures.type(engine, "s")
      seen.append(try backend.snapshot().status(of: "hechuan.measure.auto-chain"))
    }
    #expect(seen == [.inProgress, .done, .blocked, .todo])
    let screen = Fixtures.type(engine, "s")
    #expect(screen.contains { $0.contains("◐ 进行中") })
  }

  @Test func vSelectsSeveralForOneChange() throws {
    let (engine, backend) = Fixtures.engine()
    var screen = Fixtures.type(engine, "j 5 v v")
    #expect(engine.state.marked == ["hechuan.measure.auto-chain", "hechuan.measure.land"])
    #expect(screen.last?.contains("已选 2") == true)
    #expect(screen.filter { $0.contains("✚") }.count == 2)
    screen = Fixtures.type(engine, "Space")
    let snapshot = try backend.snapshot()
    #expect(snapshot.status(of: "hechuan.measure.auto-chain") == .done)
    #expect(snapshot.status(of: "hechuan.measure.land") == .done)
    #expect(snapshot.status(of: "hechuan.measure.escape") == .todo)
    #expect(engine.state.marked.isEmpty)
  }

  @Test func noteEditorTakesInputMethodTextAndSavesTheNote() throws {
    let (engine, backend) = Fixtures.engine()
    Fixtures.type(engine, "j 5 n")
    guard case .note = engine.state.mode else {
      Issue.record("n should open the note editor")
      return
    }
    engine.handle(.key(.text("已与园区")))  // one event: an input method commits a phrase
    engine.handle(.key(.text("对接")))
    var screen = Fixtures.screen(engine)
    #expect(screen.last?.contains("备注: 已与园区对接") == true)
    #expect(engine.cursor == CursorPosition(x: DisplayWidth.of("备注: 已与园区对接"), y: 47))
    Fixtures.type(engine, "Left BSpace")
    screen = Fixtures.type(engine, "Enter")
    #expect(try backend.snapshot().measures["hechuan.measure.auto-chain"]?.note == "已与园区接")
    #expect(engine.state.mode == .normal)
    // Escape leaves the note as it was.
    Fixtures.type(engine, "n BSpace BSpace Escape")
    #expect(try backend.snapshot().measures["hechuan.measure.auto-chain"]?.note == "已与园区接")
  }

  @Test func undoAndRedo() throws {
    let (engine, backend) = Fixtures.engine()
    Fixtures.type(engine, "j 5 Space")
    #expect(try backend.snapshot().status(of: "hechuan.measure.auto-chain") == .done)
    var screen = Fixtures.type(engine, "u")
    #expect(try backend.snapshot().status(of: "hechuan.measure.auto-chain") == .todo)
    #expect(screen.contains { $0.contains("壮大智能网联") && $0.contains("○ 待办") })
    // The status line says what was taken back, by name.
    #expect(screen.last?.contains("已撤销：壮大智能网联新能源汽车零部件产业") == true, "\(screen.last ?? "")")
    screen = Fixtures.type(engine, "C-r")
    #expect(try backend.snapshot().status(of: "hechuan.measure.auto-chain") == .done)
    #expect(screen.contains { $0.contains("壮大智能网联") && $0.contains("✔ 已完成") })
    #expect(screen.last?.contains("已重做：壮大智能网联新能源汽车零部件产业") == true, "\(screen.last ?? "")")
    // Several at once are counted; nothing left to undo is said, not claimed as undone.
    Fixtures.type(engine, "v j v Space")
    screen = Fixtures.type(engine, "u")
    #expect(screen.last?.contains(" 等2项") == true, "\(screen.last ?? "")")
    screen = Fixtures.type(engine, "u u u")
    #expect(screen.last?.contains("没有可撤销的更改") == true, "\(screen.last ?? "")")
  }

  @Test func markingInADetailPageActsOnThatMeasure() throws {
    let (engine, backend) = Fixtures.engine()
    Fixtures.type(engine, "j 5 Enter Space")
    #expect(try backend.snapshot().status(of: "hechuan.measure.auto-chain") == .done)
    // In a cluster page, the measure line under the cursor.
    // Rows: the cluster's scale, the target, the sub-cluster, then the measure.
    Fixtures.type(engine, "2 Enter j j j Space")
    #expect(try backend.snapshot().status(of: "hechuan.measure.auto-chain") == .todo)
  }

  @Test func markingKeysRefuseWhenNoMeasureIsSelected() {
    let (engine, backend) = Fixtures.engine()
    let screen = Fixtures.type(engine, "j 2 Space")
    #expect(screen.last?.contains("此处没有措施可标记") == true)
    #expect((try? backend.changeToken()) == 0)
  }

  @Test func changesFromAnotherProcessShowOnTheNextTick() throws {
    let (engine, backend) = Fixtures.engine()
    Fixtures.type(engine, "j 5")
    // Another process writes to the same store: the engine learns of it through the token.
    _ = try backend.apply(.setStatus(ids: ["hechuan.measure.land"], status: .blocked, note: nil))
    var screen = Fixtures.screen(engine)
    #expect(!screen.contains { $0.contains("盘活低效工业用地") && $0.contains("受阻") })
    engine.handle(.tick)
    screen = Fixtures.screen(engine)
    #expect(screen.contains { $0.contains("盘活低效工业用地") && $0.contains("✖ 受阻") })
  }
}

@Suite struct ReloadTests {
  @Test func planFilesChangedOnDiskShowOnTheNextTick() {
    let (engine, _) = Fixtures.engine()
    var changed = Fixtures.hechuan
    changed.measures[1].title = "盘活低效工业用地（修订）"
    var pending: PlanReload? = PlanReload(catalog: Catalog(plans: [Fixtures.bazhong, changed]))
    engine.pollPlans = {
      defer { pending = nil }
      return pending
    }
    Fixtures.type(engine, "j 5")
    engine.handle(.tick)
    #expect(Fixtures.screen(engine).contains { $0.contains("盘活低效工业用地（修订）") })
    engine.handle(.tick)
    #expect(engine.state.regionID == "hechuan")
  }

  @Test func themeFileWarningsShowAtStart() {
    let themes = ThemeSet(files: [
      (
        file: "/home/user/.config/plandash/themes/bad.theme",
        text: "name = bad\ncolour = red\nborder = nope\ntitle = #12345G\n"
      )
    ])
    let engine = DashboardEngine(
      catalog: Fixtures.catalog, backend: InMemoryProgressBackend(),
      options: DashboardOptions(language: .en, themeName: "bad"),
      themes: themes)
    engine.handle(.resize(width: 60, height: 30))
    let screen = Fixtures.screen(engine)
    // The file by name with its line, cut before the count of the others, which stays whole.
    let last = screen.last ?? ""
    #expect(last.contains("bad.theme:2: unknown key"), "\(last)")
    #expect(last.contains(" (+2 more)"), "\(last)")
  }
}
