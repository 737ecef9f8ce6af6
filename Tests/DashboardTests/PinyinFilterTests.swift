import PlanModel
import Testing

@testable import Dashboard

/// `/` and `:region` go through PlanModel's search, pinyin included.
@Suite struct PinyinFilterTests {
  @Test func initialsAndFullPinyinFilterRegions() {
    let (engine, _) = Fixtures.engine()
    Fixtures.type(engine, "/ h c")
    #expect(PaneRows.ids(.regions, engine.state, engine.data) == ["hechuan"])
    #expect(engine.state.regionID == "hechuan", "the filtered region becomes the current one")
    Fixtures.type(engine, "Escape Escape / b a z h o n g s h i")
    #expect(PaneRows.ids(.regions, engine.state, engine.data) == ["bazhong"])
  }

  @Test func initialsFindLadderTiersAndMeasures() {
    let (engine, _) = Fixtures.engine()
    Fixtures.type(engine, "j 3 / x j r Enter")
    #expect(
      PaneRows.ids(.ladders, engine.state, engine.data) == ["hechuan.ladder.smes.little-giant"])
    Fixtures.type(engine, "5 / p h d x Enter")
    #expect(PaneRows.ids(.measures, engine.state, engine.data) == ["hechuan.measure.land"])
    let screen = Fixtures.screen(engine)
    #expect(screen.contains { $0.contains("5 措施 /phdx (1/3)") })
  }

  @Test func regionCommandTakesPinyin() {
    let (engine, _) = Fixtures.engine()
    Fixtures.type(engine, ": region Space hechuanqu Enter")
    #expect(engine.state.regionID == "hechuan")
    Fixtures.type(engine, ": region Space bz Enter")
    #expect(engine.state.regionID == "bazhong")
  }

  @Test func allRegionsMeasuresFilterByPinyinAgreesWithSearchText() {
    let (engine, _) = Fixtures.engine(catalog: SampleDataTests.catalog)
    Fixtures.type(engine, "5 A / q y")
    let ids = PaneRows.ids(.measures, engine.state, engine.data)
    let expected = SampleDataTests.catalog.plans.flatMap(\.measures).filter {
      SearchText.matches("qy", in: MeasuresTable.searchFields($0.id, engine.data))
    }.map(\.id)
    #expect(!ids.isEmpty)
    #expect(ids == expected)
    Fixtures.type(engine, "BSpace")  // a shorter query widens again
    #expect(PaneRows.ids(.measures, engine.state, engine.data).count > ids.count)
  }
}
