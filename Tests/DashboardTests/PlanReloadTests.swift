import Dashboard
import PlanModel
import Testing

/// Plan files that turn invalid while the dashboard runs: the plans shown stay, and the status
/// line names the first problem as `plandash validate` words it until the files load again.
@Suite struct PlanReloadTests {
  static let problems = [
    Localized(
      zh: "plans/hechuan.yaml:19: 规划文件缺少必填字段“region”",
      en: "plans/hechuan.yaml:19: missing required field 'region' in the plan file"),
    Localized(
      zh: "plans/hechuan.yaml:20: 规划文件中有未知字段“regionx”",
      en: "plans/hechuan.yaml:20: unknown key 'regionx' in the plan file"),
  ]

  static var revised: Plan {
    var plan = Fixtures.hechuan
    plan.measures[1].title = "盘活低效工业用地（修订）"
    return plan
  }

  @Test func aReloadWithProblemsKeepsTheCatalogAndAGoodOneClearsTheMessage() {
    var state = DashboardState(
      options: DashboardOptions(language: .en), themeNames: ["a"], firstRegionID: "hechuan")
    var data = DashboardData(catalog: Fixtures.catalog, snapshot: ProgressSnapshot())
    let broken = Reducer.reduce(
      &state, .reloadPlans(PlanReload(problems: Self.problems)), data: &data)
    #expect(broken.isEmpty)
    #expect(data.catalog.plans == Fixtures.catalog.plans)
    #expect(
      state.message
        == StatusMessage(
          Self.problems[0].en, tail: " (+1 more); previous version still shown", kind: .warning,
          aboutPlanFiles: true))
    let fixed = Reducer.reduce(
      &state, .reloadPlans(PlanReload(catalog: Catalog(plans: [Fixtures.bazhong, Self.revised]))),
      data: &data)
    #expect(fixed.isEmpty)
    #expect(data.catalog.plans == [Fixtures.bazhong, Self.revised])
    #expect(state.message == nil)
  }

  @Test func oneProblemHasNoCountAndChineseSaysItInChinese() {
    var state = DashboardState(
      options: DashboardOptions(language: .zh), themeNames: ["a"], firstRegionID: "hechuan")
    var data = DashboardData(catalog: Fixtures.catalog, snapshot: ProgressSnapshot())
    _ = Reducer.reduce(
      &state, .reloadPlans(PlanReload(problems: [Self.problems[1]])), data: &data)
    #expect(state.message?.text == Self.problems[1].zh)
    #expect(state.message?.tail == "；仍显示上一版本")
    _ = Reducer.reduce(&state, .reloadPlans(PlanReload(problems: Self.problems)), data: &data)
    #expect(state.message?.tail == "（另有1处）；仍显示上一版本")
  }

  @Test func theStatusLineShowsTheProblemUntilTheFilesLoadAgain() {
    let (engine, _) = Fixtures.engine()
    var pending: PlanReload? = PlanReload(problems: Self.problems)
    engine.pollPlans = {
      defer { pending = nil }
      return pending
    }
    Fixtures.type(engine, "j 5")
    engine.handle(.tick)
    var screen = Fixtures.screen(engine)
    #expect(
      screen.last?.hasPrefix(" " + Self.problems[0].zh + "（另有1处）；仍显示上一版本") == true,
      "\(screen.last ?? "")")
    // The plans shown are the old ones, whole.
    #expect(screen.contains { $0.contains("盘活低效工业用地") && !$0.contains("（修订）") })
    // Nothing changed on disk since: the message stays over ticks.
    engine.handle(.tick)
    #expect(Fixtures.screen(engine).last?.contains(Self.problems[0].zh) == true)
    pending = PlanReload(catalog: Catalog(plans: [Fixtures.bazhong, Self.revised]))
    engine.handle(.tick)
    screen = Fixtures.screen(engine)
    #expect(screen.contains { $0.contains("盘活低效工业用地（修订）") })
    #expect(screen.last?.contains("hechuan.yaml") == false, "\(screen.last ?? "")")
    #expect(screen.last?.contains("仍显示上一版本") == false)
  }

  @Test func aKeyDismissesTheMessageAndACleanReloadLeavesOtherMessages() {
    let (engine, _) = Fixtures.engine(options: DashboardOptions(language: .en))
    var pending: PlanReload? = PlanReload(problems: Self.problems)
    engine.pollPlans = {
      defer { pending = nil }
      return pending
    }
    engine.handle(.tick)
    #expect(engine.state.message?.text == Self.problems[0].en)
    Fixtures.type(engine, "j")
    #expect(engine.state.message == nil)
    // A message of the user's own is not the reload's to take away.
    Fixtures.type(engine, "t")
    let theme = engine.state.message
    #expect(theme?.text.hasPrefix("theme: ") == true)
    pending = PlanReload(catalog: Catalog(plans: [Fixtures.bazhong, Self.revised]))
    engine.handle(.tick)
    #expect(engine.data.catalog.plans == [Fixtures.bazhong, Self.revised])
    #expect(engine.state.message == theme)
  }

  @Test func aLongProblemIsShortenedAndTheCountAndNoteStayWhole() {
    let (engine, _) = Fixtures.engine(
      options: DashboardOptions(language: .en), width: 80, height: 24)
    let long =
      "/srv/plandash/shared/plans/chongqing/districts/hechuan.yaml:19: "
      + "missing required field 'region' in the plan file"
    engine.pollPlans = {
      PlanReload(problems: [Localized(verbatim: long), Self.problems[1], Self.problems[1]])
    }
    engine.handle(.tick)
    let line = Fixtures.screen(engine)[23]
    let tail = " (+2 more); previous version still shown"
    let room = 80 - 1 - tail.count
    #expect(line == " " + long.prefix(room - 1) + "…" + tail, "\(line)")
  }
}
