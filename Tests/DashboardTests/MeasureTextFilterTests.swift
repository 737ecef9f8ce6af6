import PlanModel
import Testing

@testable import Dashboard

/// `/` in the Measures pane also matches a measure's text for one region's list — literally,
/// so that pinyin initials (which would match almost any paragraph) keep to titles, ids,
/// sections and units; the every-region list (`A`) keeps to those fields alone.
@Suite struct MeasureTextFilterTests {
  @Test func oneRegionsMeasuresMatchTheirText() {
    let (engine, _) = Fixtures.engine()
    // 合川 is the second region; 亩均效益 is only in the text of hechuan.measure.land.
    Fixtures.type(engine, "j 5 / 亩均效益")
    #expect(PaneRows.ids(.measures, engine.state, engine.data) == ["hechuan.measure.land"])
    // The text is matched literally: the pinyin initials of 亩均效益 (mu jun xiao yi) do not
    // reach into the paragraph.
    Fixtures.type(engine, "Escape / mjxy")
    #expect(!PaneRows.ids(.measures, engine.state, engine.data).contains("hechuan.measure.land"))
  }

  @Test func everyRegionListKeepsToTitlesIdsSectionsAndUnits() {
    let (engine, _) = Fixtures.engine()
    Fixtures.type(engine, "j 5 A / 亩均效益")
    #expect(engine.state.measuresAllRegions)
    #expect(PaneRows.ids(.measures, engine.state, engine.data).isEmpty)
    // … while a title still matches there
    Fixtures.type(engine, "Escape / 盘活低效")
    #expect(PaneRows.ids(.measures, engine.state, engine.data) == ["hechuan.measure.land"])
  }

  @Test func littleGiantInHechuanFindsTheMeasuresWhoseTextNamesIt() throws {
    let catalog = SampleDataTests.catalog
    let hechuan = try #require(catalog.plan(forRegion: "hechuan"))
    let expected = hechuan.measures.filter {
      ($0.text + $0.title).contains("小巨人")
        || ($0.leadUnits + $0.responsibleUnits).contains { $0.contains("小巨人") }
    }.map(\.id)
    #expect(!expected.isEmpty)
    let (engine, _) = Fixtures.engine(
      catalog: catalog, options: DashboardOptions(language: .zh, regionID: "hechuan"))
    let screen = Fixtures.type(engine, "5 / 小巨人")
    let ids = PaneRows.ids(.measures, engine.state, engine.data)
    #expect(Set(ids) == Set(expected))
    #expect(screen.contains { $0.contains("(\(expected.count)/\(hechuan.measures.count))") })
  }

  @Test func pinyinInitialsKeepToTitlesUnitsAndIdsOnTheSampleData() throws {
    let catalog = SampleDataTests.catalog
    let hechuan = try #require(catalog.plan(forRegion: "hechuan"))
    let (engine, _) = Fixtures.engine(
      catalog: catalog, options: DashboardOptions(language: .zh, regionID: "hechuan"))
    Fixtures.type(engine, "5 / hc")
    let ids = PaneRows.ids(.measures, engine.state, engine.data)
    let expected = hechuan.measures.filter {
      SearchText.matches(
        "hc", in: [$0.id, $0.section ?? "", $0.title] + $0.leadUnits + $0.responsibleUnits)
    }.map(\.id)
    #expect(ids == expected)
  }
}
