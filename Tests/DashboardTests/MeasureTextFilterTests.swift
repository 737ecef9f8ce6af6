import PlanModel
import Testing

@testable import Dashboard

/// `/` in the Measures pane also matches a measure's text for one region's list — by pinyin
/// too, except a Latin word of one or two letters, which is matched literally there (as
/// initials it would match almost any paragraph); the every-region list (`A`) keeps to
/// titles, ids, sections and units.
@Suite struct MeasureTextFilterTests {
  @Test func oneRegionsMeasuresMatchTheirText() {
    let (engine, _) = Fixtures.engine()
    // 合川 is the second region; 亩均效益 is only in the text of hechuan.measure.land.
    Fixtures.type(engine, "j 5 / 亩均效益")
    #expect(PaneRows.ids(.measures, engine.state, engine.data) == ["hechuan.measure.land"])
    // The text is matched by pinyin as well: the initials of 亩均效益 (mu jun xiao yi) …
    Fixtures.type(engine, "Escape / mjxy")
    #expect(PaneRows.ids(.measures, engine.state, engine.data) == ["hechuan.measure.land"])
    Fixtures.type(engine, "Escape / mujunxiaoyi")
    #expect(PaneRows.ids(.measures, engine.state, engine.data) == ["hechuan.measure.land"])
    // … but two letters are matched literally in a paragraph: `mj` would be initials
    // found in almost any text.
    Fixtures.type(engine, "Escape / mj")
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
    // The outline keeps the headings of matching measures as rows; the measures are these.
    let ids = PaneRows.ids(.measures, engine.state, engine.data).filter {
      engine.data.catalog.measure($0) != nil
    }
    #expect(Set(ids) == Set(expected))
    #expect(screen.contains { $0.contains("(\(expected.count)/\(hechuan.measures.count))") })
  }

  @Test func pinyinInitialsKeepToTitlesUnitsAndIdsOnTheSampleData() throws {
    let catalog = SampleDataTests.catalog
    let hechuan = try #require(catalog.plan(forRegion: "hechuan"))
    let (engine, _) = Fixtures.engine(
      catalog: catalog, options: DashboardOptions(language: .zh, regionID: "hechuan"))
    Fixtures.type(engine, "5 / hc")
    let ids = PaneRows.ids(.measures, engine.state, engine.data).filter {
      engine.data.catalog.measure($0) != nil
    }
    // A measure is kept when it matches, or when a heading it stands under does (the outline
    // keeps everything under a matching heading).
    let outline = PlanOutline(hechuan)
    let expected = hechuan.measures.filter { measure in
      let headings = measure.source.heading.map { outline.path(to: $0) } ?? []
      return SearchText.matches(
        "hc",
        in: [measure.id, measure.section ?? "", measure.title] + measure.leadUnits
          + measure.responsibleUnits)
        || headings.contains { SearchText.matches("hc", in: [$0.printed, $0.key]) }
    }.map(\.id)
    #expect(ids == expected)
  }
}
