import PlanModel
import Testing

@testable import Dashboard

/// Issue 9, item 2: `/` filters every view that shows rows — a page's lists, the units,
/// targets and comparison views, history lines, help — and what is typed after it never
/// runs as a command.
@Suite struct FilterEverywhereTests {
  /// Types text into the open field one key at a time, as a terminal sends it.
  static func typeText(_ engine: DashboardEngine, _ text: String) {
    for character in text { engine.handle(.key(.text(String(character)))) }
  }

  /// The open page as it is drawn: its rows' texts, and the ids of its item rows.
  static func page(_ engine: DashboardEngine) -> (texts: [String], items: [String]) {
    guard let top = engine.state.stack.last else { return ([], []) }
    let page = DetailPage.build(
      top, context: ViewContext(state: engine.state, data: engine.data), width: 100)
    let texts = page.rows.map { row in
      row.cells.map { cell -> String in
        if case .text(let text, _, _, _) = cell { return text }
        return ""
      }.joined(separator: " ")
    }
    return (texts, page.rows.compactMap(\.itemID))
  }

  /// The issue's case: on the units view `/jjxxw` marked two measures done.
  @Test func unitsViewFiltersByUnitPinyinAndMarksNothing() throws {
    let (engine, backend) = Fixtures.engine(snapshot: AssessmentViewTests.snapshot)
    Fixtures.type(engine, "j U /")
    #expect(engine.state.mode == .filter(LineEditor(), scope: .page))
    Self.typeText(engine, "jjxxw")
    let screen = Fixtures.screen(engine)
    #expect(engine.state.stack.last?.filter == "jjxxw")
    #expect(screen.contains { $0.contains("区经济信息委") })
    for other in ["区发展改革委", "区商务委", "区规划自然资源局"] {
      #expect(!screen.contains { $0.contains(other) }, "\(other) is not 区经济信息委")
    }
    // Its late measures stay under it.
    #expect(screen.contains { $0.contains("盘活低效工业用地") })
    #expect(screen.contains { $0.contains("/jjxxw") })
    #expect(try backend.snapshot() == AssessmentViewTests.snapshot)
    // Enter keeps the filter; Escape clears it, and a second Escape leaves the page.
    Fixtures.type(engine, "Enter")
    #expect(engine.state.mode == .normal)
    #expect(engine.state.stack.last?.filter == "jjxxw")
    Fixtures.type(engine, "Escape")
    #expect(engine.state.stack.last?.filter == "")
    #expect(Fixtures.screen(engine).contains { $0.contains("区商务委") })
    Fixtures.type(engine, "Escape")
    #expect(engine.state.stack.isEmpty)
  }

  /// On the targets view `/gui` undid the actual just recorded.
  @Test func targetsViewFiltersAndUndoesNothing() throws {
    let (engine, backend) = Fixtures.engine()
    Fixtures.type(engine, "j 4 a 410 Enter")
    let recorded = try backend.snapshot()
    #expect(recorded.actuals["hechuan.indicator.revenue-per-mu"]?.first?.value == 410)
    Fixtures.type(engine, "T /")
    Self.typeText(engine, "gui")  // 规模以上工业企业营业收入
    #expect(try backend.snapshot() == recorded, "u typed into the filter undid nothing")
    var items = Self.page(engine).items
    #expect(items == ["hechuan.target.industrial-revenue"])
    Fixtures.type(engine, "BSpace BSpace BSpace")
    Self.typeText(engine, "ssqy")  // 上市企业
    items = Self.page(engine).items
    #expect(items == ["hechuan.target.listed"])
    #expect(try backend.snapshot() == recorded)
  }

  /// On a measure page `/x` marked it done; the page's links and history lines filter.
  @Test func measurePageFiltersItsLinksAndHistory() throws {
    // In English, so the history's `in-progress` is a word no field of the page has.
    let (engine, backend) = Fixtures.engine(options: DashboardOptions(language: .en))
    Fixtures.type(engine, "j 5 s Enter")  // in progress, then its page
    #expect(engine.state.stack.last?.route == .measure("hechuan.measure.auto-chain"))
    let before = try backend.snapshot()
    #expect(
      Self.page(engine).items == [
        "hechuan.cluster.auto-parts", "hechuan.target.industrial-revenue",
      ])
    Fixtures.type(engine, "/ x")
    #expect(try backend.snapshot() == before)
    #expect(engine.state.mode == .filter(LineEditor("x"), scope: .page))
    Fixtures.type(engine, "BSpace")
    Self.typeText(engine, "znwl")  // 智能网联…: the cluster link, not the target
    #expect(Self.page(engine).items == ["hechuan.cluster.auto-parts"])
    #expect(!Self.page(engine).texts.contains { $0.contains("in-progress") })
    // History lines: `in-progress` is in the one line there is; the links go.
    Fixtures.type(engine, "Escape / progress")
    let page = Self.page(engine)
    #expect(page.items.isEmpty)
    #expect(page.texts.contains { $0.contains("in-progress") })
    // The page's own fields and text stay whatever the filter.
    #expect(page.texts.contains { $0.contains("区经济信息委") })
    #expect(try backend.snapshot() == before)
  }

  /// A page with no list: the field opens, says so in one line, and what is typed goes
  /// nowhere (the page stays as it was) until Enter or Escape.
  @Test func pageWithNothingToFilterSaysSo() throws {
    let (engine, backend) = Fixtures.engine()
    // 创新型中小企业: a ladder tier with no actual recorded and no links.
    Fixtures.type(engine, "j 3 Enter")
    #expect(engine.state.stack.last?.route == .tier("hechuan.ladder.smes.innovative"))
    let page = Fixtures.screen(engine)
    Fixtures.type(engine, "/")
    Self.typeText(engine, "xsa")
    let screen = Fixtures.screen(engine)
    #expect(screen.last?.contains("此页没有可筛选的列表") == true, "\(screen.last ?? "")")
    #expect(screen.last?.hasPrefix("/xsa") == true)
    #expect(Array(screen.dropLast()) == Array(page.dropLast()), "the page is unchanged")
    Fixtures.type(engine, "Enter")
    #expect(engine.state.mode == .normal)
    #expect(engine.state.stack.last?.filter == "")
    #expect(try backend.snapshot() == ProgressSnapshot())
  }

  @Test func comparisonFiltersByRegion() throws {
    var bazhong = Fixtures.bazhong
    bazhong.indicators = [
      Indicator(
        id: "bazhong.indicator.revenue-per-mu", name: "亩均营业收入", category: .land,
        goal: Goal(
          kind: .absolute, direction: .up, unit: "万元/亩", target: Figure(value: 300, year: 2027)),
        source: SourceRef())
    ]
    let (engine, backend) = Fixtures.engine(catalog: Catalog(plans: [bazhong, Fixtures.hechuan]))
    Fixtures.type(engine, "j 4 C")
    #expect(engine.state.stack.last?.route == .comparison("hechuan.indicator.revenue-per-mu"))
    #expect(
      Self.page(engine).items == [
        "bazhong.indicator.revenue-per-mu", "hechuan.indicator.revenue-per-mu",
      ])
    Fixtures.type(engine, "/ b z")
    var page = Self.page(engine)
    #expect(page.items == ["bazhong.indicator.revenue-per-mu"])
    // The line naming the item goes with its row.
    #expect(page.texts.filter { $0.contains("› 亩均营业收入") }.count == 1)
    Fixtures.type(engine, "BSpace BSpace hechuan")
    page = Self.page(engine)
    #expect(page.items == ["hechuan.indicator.revenue-per-mu"])
    #expect(try backend.snapshot() == ProgressSnapshot())
  }

  @Test func helpFiltersItsLines() {
    let (engine, _) = Fixtures.engine(options: DashboardOptions(language: .en))
    Fixtures.type(engine, "? /")
    #expect(engine.state.mode == .filter(LineEditor(), scope: .help))
    Self.typeText(engine, "lead")
    var screen = Fixtures.screen(engine)
    #expect(screen.contains { $0.contains(":lead NAME") })
    #expect(!screen.contains { $0.contains("next pane") })
    #expect(screen.contains { $0.contains("Help (?, Esc) /lead") })
    // Enter goes back to the help, filtered; Escape in the field clears it.
    Fixtures.type(engine, "Enter")
    #expect(engine.state.mode == .help(scroll: 0))
    Fixtures.type(engine, "/ Escape")
    #expect(engine.state.mode == .help(scroll: 0))
    screen = Fixtures.screen(engine)
    #expect(screen.contains { $0.contains("next pane") })
    Fixtures.type(engine, "Escape")
    #expect(engine.state.mode == .normal)
  }

  @Test func ctrlCQuitsFromEveryTextFieldAndChangesNothing() throws {
    for (name, keys) in [
      ("filter", "j U /"), ("command", ":"), ("note", "j 5 n"), ("form", "j 4 a"), ("help", "?"),
      ("help filter", "? /"),
    ] {
      let (engine, backend) = Fixtures.engine()
      Fixtures.type(engine, keys)
      Self.typeText(engine, "xsu")
      #expect(!engine.handle(.key(.ctrl("c"))), "\(name): C-c did not quit")
      #expect(engine.state.quitRequested)
      #expect(try backend.snapshot() == ProgressSnapshot(), "\(name)")
    }
  }

  @Test func everyKeyWhileTypingStaysInTheField() {
    var state = DashboardState(
      options: DashboardOptions(), themeNames: ["x"], firstRegionID: "hechuan")
    let data = DashboardData(catalog: Fixtures.catalog, snapshot: ProgressSnapshot())
    let modes: [InputMode] = [
      .filter(LineEditor(), scope: .pane), .filter(LineEditor(), scope: .page),
      .filter(LineEditor(), scope: .help), .command(LineEditor()),
      .note(ids: ["hechuan.measure.land"], editor: LineEditor()),
      .actual(ActualForm(itemID: "hechuan.target.listed", year: 2025)),
    ]
    let editing: Set<Action> = [
      .editorSubmit, .editorCancel, .editorLeft, .editorRight, .editorHome, .editorEnd,
      .editorBackspace, .editorDelete, .historyPrevious, .historyNext, .nextField,
      .previousField, .quit,
    ]
    let keys: [Key] =
      "jkxsvnauUTCAgGoLqt?/:12345hl".map { .text(String($0)) }
      + KeyScript.parse("Enter Escape Tab BTab Up Down Left Right PPage NPage Home End Space")
      + KeyScript.parse("BSpace DC C-r C-a C-e C-d C-b C-f C-c F1")
    for mode in modes {
      state.mode = mode
      for key in keys {
        guard let action = KeyTable.action(for: key, in: state, data: data) else { continue }
        if case .editorInsert = action { continue }
        #expect(editing.contains(action), "\(key) in \(mode) → \(action)")
      }
    }
  }
}
