import PlanModel
import Testing

@testable import Dashboard

@Suite struct FilterAndCommandTests {
  @Test func slashFiltersTheFocusedListAsYouType() {
    let (engine, _) = Fixtures.engine()
    Fixtures.type(engine, "j 5 /")
    engine.handle(.key(.text("用地")))
    var screen = Fixtures.screen(engine)
    #expect(PaneRows.ids(.measures, engine.state, engine.data) == ["hechuan.measure.land"])
    #expect(screen.contains { $0.contains("5 措施 /用地 (1/3)") })
    #expect(screen.last?.hasPrefix("/用地") == true)
    // Enter keeps the filter; Escape in the list clears it.
    Fixtures.type(engine, "Enter")
    #expect(engine.state.mode == .normal)
    #expect(engine.state[pane: .measures].filter == "用地")
    screen = Fixtures.type(engine, "Escape")
    #expect(engine.state[pane: .measures].filter.isEmpty)
    #expect(screen.contains { $0.contains("5 措施 (3)") })
  }

  @Test func filterMatchesIdsAndUnitNames() {
    let (engine, _) = Fixtures.engine()
    Fixtures.type(engine, "j 5 / escape Enter")
    #expect(PaneRows.ids(.measures, engine.state, engine.data) == ["hechuan.measure.escape"])
    Fixtures.type(engine, "Escape /")
    engine.handle(.key(.text("商务委")))
    #expect(PaneRows.ids(.measures, engine.state, engine.data) == ["hechuan.measure.auto-chain"])
    Fixtures.type(engine, "Escape")
    #expect(PaneRows.ids(.measures, engine.state, engine.data).count == 3)
  }

  @Test func filteringRegionsMovesTheCurrentRegion() {
    let (engine, _) = Fixtures.engine()
    Fixtures.type(engine, "/")
    engine.handle(.key(.text("合川")))
    #expect(engine.state.regionID == "hechuan")
    let screen = Fixtures.screen(engine)
    #expect(screen[1].contains("合川区"))
  }

  @Test func capitalAWidensMeasuresToEveryRegion() {
    let (engine, _) = Fixtures.engine()
    Fixtures.type(engine, "5")
    #expect(PaneRows.ids(.measures, engine.state, engine.data).count == 2)
    let screen = Fixtures.type(engine, "A")
    #expect(PaneRows.ids(.measures, engine.state, engine.data).count == 5)
    #expect(screen.contains { $0.contains("全部地区") })
    #expect(screen.contains { $0.contains("盘活低效工业用地") && $0.contains("合川区") })
    Fixtures.type(engine, "A")
    #expect(PaneRows.ids(.measures, engine.state, engine.data).count == 2)
  }

  @Test func commandLineRegionStatusUnitThemeAndQuit() throws {
    var snapshot = ProgressSnapshot()
    snapshot.measures["hechuan.measure.land"] = MeasureProgress(status: .blocked)
    let (engine, _) = Fixtures.engine(snapshot: snapshot)
    Fixtures.type(engine, ":")
    engine.handle(.key(.text("region 合川")))
    Fixtures.type(engine, "Enter")
    #expect(engine.state.regionID == "hechuan")
    Fixtures.type(engine, ": status Space blocked Enter")
    #expect(engine.state.focus == .measures)
    #expect(PaneRows.ids(.measures, engine.state, engine.data) == ["hechuan.measure.land"])
    Fixtures.type(engine, ": status Space all Enter")
    #expect(PaneRows.ids(.measures, engine.state, engine.data).count == 3)
    Fixtures.type(engine, ":")
    engine.handle(.key(.text("unit 区经济信息委")))
    Fixtures.type(engine, "Enter")
    // Lead or responsible: 区经济信息委 leads one measure and shares another.
    #expect(
      PaneRows.ids(.measures, engine.state, engine.data) == [
        "hechuan.measure.auto-chain", "hechuan.measure.land",
      ])
    Fixtures.type(engine, ":")
    engine.handle(.key(.text("unit 区商务委")))
    Fixtures.type(engine, "Enter")
    #expect(PaneRows.ids(.measures, engine.state, engine.data) == ["hechuan.measure.auto-chain"])
    Fixtures.type(engine, ": theme Space light Enter")
    #expect(engine.state.themeName == "light")
    var screen = Fixtures.type(engine, ": theme Space nope Enter")
    #expect(engine.state.themeName == "light")
    #expect(screen.last?.contains("没有这个主题: nope") == true)
    screen = Fixtures.type(engine, ": frobnicate Enter")
    #expect(screen.last?.contains("未知命令") == true)
    #expect(engine.handle(.key(.text(":"))))
    for key in KeyScript.parse("q Enter") { _ = engine.handle(.key(key)) }
    #expect(engine.state.quitRequested)
  }

  @Test func commandHistoryWithUpAndDown() {
    let (engine, _) = Fixtures.engine()
    Fixtures.type(engine, ": region Space hechuan Enter : status Space done Enter")
    #expect(engine.state.commandHistory == ["region hechuan", "status done"])
    Fixtures.type(engine, ": Up")
    #expect(engine.state.mode == .command(LineEditor("status done")))
    Fixtures.type(engine, "Up")
    #expect(engine.state.mode == .command(LineEditor("region hechuan")))
    Fixtures.type(engine, "Down")
    #expect(engine.state.mode == .command(LineEditor("status done")))
    Fixtures.type(engine, "Down")
    #expect(engine.state.mode == .command(LineEditor("")))
    Fixtures.type(engine, "Escape")
    #expect(engine.state.mode == .normal)
  }

  @Test func unknownRegionIsReported() {
    let (engine, _) = Fixtures.engine()
    let screen = Fixtures.type(engine, ": region Space 火星 Enter")
    #expect(engine.state.regionID == "bazhong")
    #expect(screen.last?.contains("没有匹配的地区: 火星") == true)
  }

  @Test func tCyclesThemesAndRoleColoursFollow() {
    let (engine, _) = Fixtures.engine()
    #expect(engine.state.themeName == "default-dark")
    Fixtures.type(engine, "t")
    #expect(engine.state.themeName == "light")
    Fixtures.type(engine, "t t")
    #expect(engine.state.themeName == "default-dark")
    #expect(engine.roleColors[.selection] == Theme.builtIn.roles[.selection])
    engine.useColor = false
    #expect(engine.roleColors[.selection]?.foreground == .terminalDefault)
    #expect(engine.roleColors[.selection]?.reverse == true)
  }
}
