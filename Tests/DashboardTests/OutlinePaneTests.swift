import PlanModel
import Testing

@testable import Dashboard

/// The Measures pane as an outline: its rows, the cursor, opening and closing headings one
/// at a time or all at once, Space on a heading, filters, and plans without an outline.
@Suite struct OutlinePaneTests {
  typealias F = OutlineFixtures

  static func rows(_ engine: DashboardEngine) -> [String] {
    PaneRows.ids(.measures, engine.state, engine.data)
  }

  static func selected(_ engine: DashboardEngine) -> String? {
    let rows = rows(engine)
    let index = engine.state[pane: .measures].selection
    return rows.indices.contains(index) ? rows[index] : nil
  }

  static let allRows = [
    "hechuan.measure.escape", F.headingID("一"), F.headingID("二"), F.headingID("三"),
    "hechuan.measure.chapter", F.headingID("三(一)"), "hechuan.measure.auto-chain",
    "hechuan.measure.talent", F.headingID("三(二)"), "hechuan.measure.land",
  ]

  @Test func opensWithEveryHeadingOpenAndTheCursorOnTheFirstMeasure() {
    let (engine, _) = F.engine()
    #expect(Self.rows(engine) == Self.allRows)
    #expect(Self.selected(engine) == "hechuan.measure.escape")
    // Another region, and back: the first measure again, below the headings above it.
    var plan = F.plan
    plan.measures.removeAll { $0.id == "hechuan.measure.escape" }
    let (other, _) = Fixtures.engine(
      catalog: Catalog(plans: [Fixtures.bazhong, plan]),
      options: DashboardOptions(language: .zh, regionID: "bazhong"))
    Fixtures.type(other, "j 5")
    #expect(other.state.regionID == "hechuan")
    #expect(Self.selected(other) == "hechuan.measure.chapter")
    #expect(other.state[pane: .measures].selection == 3)
  }

  @Test func enterOpensAndClosesAHeadingAndKeepsTheCursorOnIt() {
    let (engine, _) = F.engine()
    Fixtures.type(engine, "j j j")
    #expect(Self.selected(engine) == F.headingID("三"))
    Fixtures.type(engine, "Enter")
    #expect(engine.state.closedHeadings["hechuan"] == [F.headingID("三")])
    #expect(Self.rows(engine) == Array(Self.allRows.prefix(4)))
    #expect(Self.selected(engine) == F.headingID("三"))
    #expect(engine.state.stack.isEmpty)
    Fixtures.type(engine, "Enter")
    #expect(engine.state.closedHeadings["hechuan"] == nil)
    #expect(Self.rows(engine) == Self.allRows)
    #expect(Self.selected(engine) == F.headingID("三"))
  }

  @Test func rightOpensAClosedHeadingThenItsPageAndOnAMeasureTheMeasuresPage() {
    let (engine, _) = F.engine()
    Fixtures.type(engine, "j j j Left")
    #expect(Self.rows(engine).count == 4)
    Fixtures.type(engine, "Right")
    #expect(Self.rows(engine) == Self.allRows)
    #expect(engine.state.stack.isEmpty)
    Fixtures.type(engine, "l")
    #expect(engine.state.stack.last?.route == .heading(F.headingID("三")))
    Fixtures.type(engine, "Escape j")
    #expect(Self.selected(engine) == "hechuan.measure.chapter")
    Fixtures.type(engine, "Right")
    #expect(engine.state.stack.last?.route == .measure("hechuan.measure.chapter"))
    Fixtures.type(engine, "Escape Enter")
    #expect(engine.state.stack.last?.route == .measure("hechuan.measure.chapter"))
  }

  @Test func leftClosesAHeadingAndOnAMeasureGoesToItsHeading() {
    let (engine, _) = F.engine()
    Fixtures.type(engine, "G")
    #expect(Self.selected(engine) == "hechuan.measure.land")
    Fixtures.type(engine, "Left")
    #expect(Self.selected(engine) == F.headingID("三(二)"))
    #expect(engine.state.closedHeadings["hechuan"] == nil)
    Fixtures.type(engine, "h")
    #expect(engine.state.closedHeadings["hechuan"] == [F.headingID("三(二)")])
    #expect(!Self.rows(engine).contains("hechuan.measure.land"))
    // A closed heading: Left goes to the chapter above, which then closes.
    Fixtures.type(engine, "Left")
    #expect(Self.selected(engine) == F.headingID("三"))
    Fixtures.type(engine, "Left")
    #expect(Self.rows(engine) == Array(Self.allRows.prefix(4)))
    // A chapter with nothing under it does not close; Enter opens its page instead.
    Fixtures.type(engine, "k Left")
    #expect(Self.selected(engine) == F.headingID("二"))
    #expect(engine.state.closedHeadings["hechuan"]?.contains(F.headingID("二")) != true)
    Fixtures.type(engine, "Enter")
    #expect(engine.state.stack.last?.route == .heading(F.headingID("二")))
  }

  @Test func zClosesEveryHeadingThenOpensThemAll() {
    let (engine, _) = F.engine()
    Fixtures.type(engine, "j j j j j j j")
    #expect(Self.selected(engine) == "hechuan.measure.talent")
    Fixtures.type(engine, "z")
    #expect(
      Self.rows(engine) == [
        "hechuan.measure.escape", F.headingID("一"), F.headingID("二"), F.headingID("三"),
      ])
    // The cursor goes to the chapter that folded its measure away.
    #expect(Self.selected(engine) == F.headingID("三"))
    #expect(engine.state.message?.text == "已收起全部章节")
    Fixtures.type(engine, "z")
    #expect(Self.rows(engine) == Self.allRows)
    #expect(Self.selected(engine) == F.headingID("三"))
    #expect(engine.state.message?.text == "已展开全部章节")
    // Some closed, not all: z closes the rest.
    Fixtures.type(engine, "Enter z")
    #expect(Self.rows(engine).count == 4)
  }

  @Test func spaceOnAHeadingMarksNothingAndSaysToChooseAMeasure() throws {
    let (engine, backend) = F.engine()
    Fixtures.type(engine, "j j j")
    for key in ["Space", "x", "s", "v", "n"] {
      let screen = Fixtures.type(engine, key)
      #expect(engine.state.message?.text == "章节标题不能标记：请选择其下的一条措施", "\(key)")
      #expect(screen.last?.contains("章节标题不能标记：请选择其下的一条措施") == true)
      #expect(engine.state.mode == .normal)
    }
    #expect(try backend.snapshot().measures.isEmpty)
    #expect(engine.state.marked.isEmpty)
    // On a measure, Space marks it as before.
    Fixtures.type(engine, "j Space")
    #expect(try backend.snapshot().status(of: "hechuan.measure.chapter") == .done)
    // English.
    let (english, _) = F.engine(language: .en)
    Fixtures.type(english, "j Space")
    #expect(english.state.message?.text == "a heading is not marked: choose a measure under it")
  }

  @Test func helpListsTheOutlineKeysAndSaysSpaceMarksNoHeading() {
    let lines = KeyTable.helpLines(.zh)
    #expect(lines.contains { $0.key == "z" && $0.description == "收起/展开全部章节" })
    #expect(lines.contains { $0.key == "Left/h" && $0.description.contains("回到所属章节") })
    #expect(lines.contains { $0.key == "Space/x" && $0.description.contains("章节行不标记：请选择措施") })
    let english = KeyTable.helpLines(.en)
    #expect(english.contains { $0.key == "z" && $0.description == "close / open every heading" })
    #expect(english.contains { $0.key == "Space/x" && $0.description.contains("choose a measure") })
    // No key of the Measures pane is bound twice where it applies.
    let pane = KeyTable.bindings.filter {
      [.measuresPane, .lists, .browsing].contains($0.context)
    }
    let z = pane.filter { $0.keys.contains(.text("z")) }
    #expect(z.count == 1)
  }

  @Test func aFilterKeepsTheHeadingsOfMatchingRowsAndAMatchedHeadingsMeasures() {
    let (engine, _) = F.engine()
    Fixtures.type(engine, "/ 零部件")
    #expect(
      Self.rows(engine) == [
        F.headingID("三"), F.headingID("三(一)"), "hechuan.measure.auto-chain",
      ])
    #expect(Self.selected(engine) == "hechuan.measure.auto-chain")
    Fixtures.type(engine, "Escape / 集群培育")
    #expect(
      Self.rows(engine) == [F.headingID("三"), F.headingID("三(二)"), "hechuan.measure.land"])
    // A closed heading keeps its place under the filter and folds its matches.
    Fixtures.type(engine, "Enter k Enter")
    #expect(Self.rows(engine) == [F.headingID("三"), F.headingID("三(二)")])
    let screen = Fixtures.screen(engine)
    #expect(
      screen.contains { $0.contains("5 措施 /集群培育 (1/5)") }, "\(screen.joined(separator: "\n"))")
  }

  @Test func statusAndUnitFiltersKeepOnlyTheHeadingsOfWhatTheyKeep() {
    let (engine, _) = F.engine()
    Fixtures.type(engine, ": status Space done Enter")
    #expect(Self.rows(engine).isEmpty)
    Fixtures.type(engine, ": status Space all Enter : unit Space 区科技局 Enter")
    #expect(
      Self.rows(engine) == [F.headingID("三"), F.headingID("三(一)"), "hechuan.measure.talent"])
    #expect(Self.selected(engine) == "hechuan.measure.talent")
    #expect(
      engine.state.message?.text.hasSuffix("1项措施") == true, "\(engine.state.message?.text ?? "")")
  }

  @Test func aSortOrEveryRegionListsTheMeasuresFlat() {
    let (engine, _) = F.engine()
    Fixtures.type(engine, "o")
    #expect(Self.rows(engine).allSatisfy { !$0.hasPrefix("§") })
    #expect(Self.rows(engine).count == 5)
    Fixtures.type(engine, "o o o o")
    #expect(Self.rows(engine) == Self.allRows)
    Fixtures.type(engine, "A")
    #expect(Self.rows(engine).allSatisfy { !$0.hasPrefix("§") })
    Fixtures.type(engine, "z")
    #expect(engine.state.message?.text == "此列表没有章节（单个地区、按规划原序时分章节显示）")
  }

  @Test func aPlanWithoutAnOutlineShowsTheFlatList() {
    let (engine, _) = Fixtures.engine(
      catalog: F.catalog, options: DashboardOptions(language: .zh, regionID: "bazhong"))
    Fixtures.type(engine, "5")
    #expect(Self.rows(engine) == ["bazhong.measure.biomed", "bazhong.measure.parks"])
    #expect(engine.state[pane: .measures].selection == 0)
    Fixtures.type(engine, "Enter")
    #expect(engine.state.stack.last?.route == .measure("bazhong.measure.biomed"))
    Fixtures.type(engine, "Escape Right")
    #expect(engine.state.stack.last?.route == .measure("bazhong.measure.biomed"))
    Fixtures.type(engine, "Escape Left")
    #expect(engine.state.stack.isEmpty)
    #expect(engine.state.closedHeadings.isEmpty)
  }

  @Test func closedHeadingsAreKeptPerRegion() {
    let (engine, _) = F.engine()
    Fixtures.type(engine, "z 1")
    #expect(engine.state.regionID == "hechuan")
    Fixtures.type(engine, "k")
    #expect(engine.state.regionID == "bazhong")
    Fixtures.type(engine, "j 5")
    #expect(Self.rows(engine).count == 4)
  }
}
