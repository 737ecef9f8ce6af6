import PlanModel
import Testing

@testable import Dashboard

/// Issue 9, item 5: `:lead NAME` beside `:unit NAME`, both and `:region` by Chinese, id or
/// pinyin, and "no match" with the closest names instead of a guess; the units view in
/// pinyin order, filterable, with the measures that name no unit.
@Suite struct UnitAndRegionCommandTests {
  @discardableResult static func run(_ engine: DashboardEngine, _ command: String) -> [String] {
    Fixtures.type(engine, ":")
    engine.handle(.key(.text(command)))
    return Fixtures.type(engine, "Enter")
  }

  static func measures(_ engine: DashboardEngine) -> [String] {
    PaneRows.ids(.measures, engine.state, engine.data)
  }

  @Test func leadKeepsTheMeasuresAUnitLeadsAndUnitThoseItShares() {
    let (engine, _) = Fixtures.engine()
    Fixtures.type(engine, "j")
    // 区经济信息委 leads auto-chain and is responsible for land.
    var screen = Self.run(engine, "lead 区经济信息委")
    #expect(Self.measures(engine) == ["hechuan.measure.auto-chain"])
    #expect(screen.contains { $0.contains("[牵头:区经济信息委]") })
    #expect(screen.last?.contains("1项措施") == true)
    screen = Self.run(engine, "unit 区经济信息委")
    #expect(Self.measures(engine) == ["hechuan.measure.auto-chain", "hechuan.measure.land"])
    #expect(screen.contains { $0.contains("[单位:区经济信息委]") })
    // 区商务委 only shares auto-chain: it leads nothing.
    Self.run(engine, "unit 区商务委")
    #expect(Self.measures(engine) == ["hechuan.measure.auto-chain"])
    screen = Self.run(engine, "lead 区商务委")
    #expect(screen.last?.contains("没有匹配的牵头单位: 区商务委") == true, "\(screen.last ?? "")")
    #expect(engine.state.unitFilter == UnitFilter(units: ["区商务委"], leadOnly: false))
  }

  @Test func unitsByPinyinInFullOrInitials() {
    let (engine, _) = Fixtures.engine()
    Fixtures.type(engine, "j")
    for name in ["qjjxxw", "qujingjixinxiwei", "QJJXXW", "qu jing ji xin xi wei"] {
      Self.run(engine, "lead " + name)
      #expect(
        engine.state.unitFilter == UnitFilter(units: ["区经济信息委"], leadOnly: true), "\(name)")
      #expect(Self.measures(engine) == ["hechuan.measure.auto-chain"], "\(name)")
    }
    // A run within the name, as `/` finds it: 规划 is in 区规划自然资源局 only.
    Self.run(engine, "unit guihua")
    #expect(engine.state.unitFilter?.units == ["区规划自然资源局"])
  }

  @Test func noMatchingUnitNamesTheClosestAndChangesNothing() {
    let (engine, _) = Fixtures.engine()
    Fixtures.type(engine, "j")
    Self.run(engine, "unit 区商务委")
    let screen = Self.run(engine, "unit 区经信局")
    #expect(engine.state.unitFilter == UnitFilter(units: ["区商务委"], leadOnly: false))
    let line = screen.last ?? ""
    #expect(line.contains("没有匹配的单位: 区经信局"), "\(line)")
    #expect(line.contains("最接近: 区经济信息委"), "\(line)")
    let english = Fixtures.engine(options: DashboardOptions(language: .en)).0
    Fixtures.type(english, "j")
    let en = Self.run(english, "unit qjjxx").last ?? ""
    // Five of the six initials: a run within the name, so it is found, not refused.
    #expect(english.state.unitFilter?.units == ["区经济信息委"], "\(en)")
    let refused = Self.run(english, "unit qjjxxz").last ?? ""
    #expect(refused.contains("no unit matches: qjjxxz (closest: 区经济信息委"), "\(refused)")
  }

  @Test func regionNeverJumpsOnAGuess() {
    let (engine, _) = Fixtures.engine()
    #expect(engine.state.regionID == "bazhong")
    var screen = Self.run(engine, "region x")
    #expect(engine.state.regionID == "bazhong", ":region x must not jump")
    let line = screen.last ?? ""
    #expect(line.contains("没有匹配的地区: x"), "\(line)")
    #expect(line.contains("最接近:"), "\(line)")
    for (name, id) in [
      ("合川区", "hechuan"), ("巴中市", "bazhong"), ("hechuan", "hechuan"), ("hcq", "hechuan"),
      ("bazhongshi", "bazhong"), ("合川", "hechuan"), ("hech", "hechuan"), ("HC", "hechuan"),
    ] {
      Self.run(engine, "region " + name)
      #expect(engine.state.regionID == id, "\(name)")
    }
    screen = Self.run(engine, "region zzz")
    #expect(engine.state.regionID == "hechuan")
    #expect(screen.last?.contains("没有匹配的地区: zzz") == true)
  }

  @Test func helpListsEveryCommandTheCommandLineAccepts() {
    let help = KeyTable.helpLines(.en).map { $0.key + " " + $0.description }.joined(
      separator: "\n")
    for spec in Commands.table {
      for name in spec.names {
        #expect(help.contains(":" + name), ":\(name) is accepted but not in help")
      }
    }
    for name in ["lead", "help", "nofilter", "exit", "unit", "region"] {
      #expect(Commands.table.contains { $0.names.contains(name) }, "\(name)")
    }
    // And nothing else runs: an unknown name is refused.
    let (engine, _) = Fixtures.engine()
    let screen = Self.run(engine, "leads 区商务委")
    #expect(screen.last?.contains("未知命令") == true)
  }

  @Test func unitsViewListsMeasuresNamingNoUnit() throws {
    let (engine, backend) = Fixtures.engine()
    // 合川区: hechuan.measure.escape names no unit.
    var screen = Fixtures.type(engine, "j U")
    let heading = try #require(screen.firstIndex { $0.contains("未明确责任单位") })
    #expect(screen[heading...].contains { $0.contains("数据里有") }, "\(screen)")
    #expect(heading > (screen.firstIndex { $0.contains("区商务委") } ?? .max), "last, after units")
    // Filterable: its heading by pinyin keeps the group alone.
    Fixtures.type(engine, "/ w m q")
    let page = FilterEverywhereTests.page(engine)
    #expect(page.items == ["hechuan.measure.escape"])
    // Selectable: Enter opens the measure (after the filter is closed).
    screen = Fixtures.type(engine, "Enter Enter")
    #expect(engine.state.stack.last?.route == .measure("hechuan.measure.escape"))
    #expect(try backend.snapshot() == ProgressSnapshot())
    let english = Fixtures.engine(options: DashboardOptions(language: .en)).0
    #expect(Fixtures.type(english, "j U").contains { $0.contains("no unit named") })
  }

  @Test func sampleUnitsViewHasEveryMeasureOfChengdu() throws {
    let catalog = SampleDataTests.catalog
    let chengdu = try #require(catalog.plans.first { $0.region.name == "成都市" })
    let unnamed = chengdu.measures.filter { $0.leadUnits.isEmpty && $0.responsibleUnits.isEmpty }
    #expect(!unnamed.isEmpty)
    let (engine, _) = Fixtures.engine(
      catalog: catalog, options: DashboardOptions(language: .zh, regionID: chengdu.region.id))
    Fixtures.type(engine, "U")
    let page = FilterEverywhereTests.page(engine)
    // Every measure that names no unit is listed once; with the units' late ones, every
    // measure of the plan is on the page.
    for m in unnamed {
      #expect(page.items.filter { $0 == m.id }.count == 1, "\(m.id)")
    }
    #expect(Set(page.items).isSuperset(of: unnamed.map(\.id)))
  }

  @Test func unitsViewIsInPinyinOrder() throws {
    let catalog = SampleDataTests.catalog
    let (engine, _) = Fixtures.engine(
      catalog: catalog, options: DashboardOptions(language: .zh, regionID: "hechuan"))
    Fixtures.type(engine, "U")
    let plan = try #require(catalog.plan(forRegion: "hechuan"))
    let units = Set(plan.measures.flatMap { $0.leadUnits + $0.responsibleUnits })
    let texts = FilterEverywhereTests.page(engine).texts
    let order = texts.filter { units.contains($0) }
    #expect(order.count == units.count)
    #expect(order == order.sorted { PlanTextCollation.reading($0) < PlanTextCollation.reading($1) })
    #expect(order.first == "高新区管委会", "高 (gao) before 区 (qu) and 人 (ren)")
  }

  @Test func slashFindsPinyinInHechuanMeasureTexts() throws {
    let catalog = SampleDataTests.catalog
    let hechuan = try #require(catalog.plan(forRegion: "hechuan"))
    let expected = hechuan.measures.filter {
      ($0.text + $0.title).contains("专精特新")
    }.map(\.id)
    #expect(!expected.isEmpty)
    let (engine, _) = Fixtures.engine(
      catalog: catalog, options: DashboardOptions(language: .zh, regionID: "hechuan"))
    Fixtures.type(engine, "5 / z j t x")
    let found = PaneRows.ids(.measures, engine.state, engine.data)
    #expect(Set(expected).isSubset(of: Set(found)), "\(found)")
    // With A (every region) only titles, ids, sections and units are searched.
    Fixtures.type(engine, "Escape A / z j t x")
    let titles = PaneRows.ids(.measures, engine.state, engine.data)
    let byTitle = catalog.plans.flatMap(\.measures).filter {
      SearchText.matches("zjtx", in: MeasuresTable.searchFields($0.id, engine.data))
    }.map(\.id)
    #expect(titles == byTitle)
  }
}
