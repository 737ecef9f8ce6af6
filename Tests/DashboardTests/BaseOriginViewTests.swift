import PlanModel
import Testing

@testable import Dashboard

/// Where the base of an assessment comes from, on screen (docs/assessment.md, "The base"):
/// the plan's figure, or — where the plan gives none — the latest actual on or before the
/// issue year, said as 基期取2023年实际值 under its row in the Targets view (`T`) and beside
/// the base on its page. The fixture of `AssessmentViewTests`: 营业收入 has the plan's
/// baseline 800 (2022); “小巨人” has a baseline with no year, so its base is its 2023 actual
/// (the plan is issued in 2023).
@Suite struct BaseOriginViewTests {
  @Test func targetsViewSaysWhichBasesAreActuals() throws {
    let (engine, _) = Fixtures.engine(snapshot: AssessmentViewTests.snapshot)
    let screen = Fixtures.type(engine, "j T")
    let revenue = try #require(screen.firstIndex { $0.contains("规模以上工业企业营业收入") })
    let giant = try #require(screen.firstIndex { $0.contains("“小巨人”") })
    #expect(screen[giant + 1].contains("基期取2023年实际值"))
    #expect(!screen[revenue + 1].contains("基期"), "the plan's own baseline needs no note")
    // the note is no item: moving down from 营业收入 selects “小巨人”, not the note
    Fixtures.type(engine, "j Enter")
    #expect(Fixtures.screen(engine)[1].contains("“小巨人”"))
  }

  @Test func targetPageNamesTheBasesOrigin() throws {
    let (engine, _) = Fixtures.engine(snapshot: AssessmentViewTests.snapshot)
    let revenuePage = Fixtures.type(engine, "j T Enter")
    let planned = try #require(revenuePage.first { $0.contains("评估基期") })
    #expect(planned.contains("800 (2022) · 规划值"))
    let giantPage = Fixtures.type(engine, "Escape j Enter")
    let actual = try #require(giantPage.first { $0.contains("评估基期") })
    #expect(actual.contains("6 · 基期取2023年实际值"))
  }

  @Test func inEnglishTheBaseIsAYearsActual() throws {
    let (engine, _) = Fixtures.engine(
      snapshot: AssessmentViewTests.snapshot, options: DashboardOptions(language: .en))
    let targets = Fixtures.type(engine, "j T")
    let giant = try #require(targets.firstIndex { $0.contains("“小巨人”") })
    #expect(targets[giant + 1].contains("base: 2023 actual"))
    let page = Fixtures.type(engine, "j Enter")
    #expect(page.contains { $0.contains("Assessed from") && $0.contains("6 · base: 2023 actual") })
  }
}
