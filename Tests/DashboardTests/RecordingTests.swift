import PlanModel
import Testing

@testable import Dashboard

@Suite struct RecordingTests {
  @Test func recordsAnActualForAnIndicator() throws {
    let (engine, backend) = Fixtures.engine(
      options: DashboardOptions(language: .zh, currentYear: 2025))
    var screen = Fixtures.type(engine, "j 4 a")
    let form = try Fixtures.actualForm(engine)
    #expect(form.itemID == "hechuan.indicator.revenue-per-mu")
    #expect(screen.contains { $0.contains("录入实际值: 亩均营业收入 (万元/亩)") })
    #expect(screen.contains { $0.contains("年份") && $0.contains("2025") })
    screen = Fixtures.type(engine, "372.5 Tab 园区统计 Enter")
    let actual = try #require(
      try backend.snapshot().latestActual(of: "hechuan.indicator.revenue-per-mu"))
    #expect(
      actual
        == Actual(
          itemID: "hechuan.indicator.revenue-per-mu", year: 2025, value: 372.5, note: "园区统计"))
    #expect(screen.contains { $0.contains("亩均营业收入") && $0.contains("372.5 (2025)") })
  }

  @Test func afterThePlanEndsTheFormOffersItsLastYear() throws {
    // Hechuan's plan runs 2023–2027; as of 2030 the form starts on 2027, a year it takes.
    let (engine, _) = Fixtures.engine(options: DashboardOptions(language: .zh, currentYear: 2030))
    Fixtures.type(engine, "j 4 a")
    let form = try Fixtures.actualForm(engine)
    #expect(form.year.text == "2027")
  }

  @Test func yearCanBeChangedAndFullWidthDigitsAreAccepted() throws {
    let (engine, backend) = Fixtures.engine(
      options: DashboardOptions(language: .zh, currentYear: 2025))
    Fixtures.type(engine, "j 3 a")
    Fixtures.type(engine, "BTab BSpace BSpace BSpace BSpace")
    engine.handle(.key(.text("２０２４")))
    Fixtures.type(engine, "Tab")
    engine.handle(.key(.text("８")))
    Fixtures.type(engine, "Enter")
    let actual = try #require(
      try backend.snapshot().latestActual(of: "hechuan.ladder.smes.innovative"))
    #expect(actual.year == 2024 && actual.value == 8)
  }

  @Test func typingIntoTheDefaultYearReplacesIt() throws {
    let (engine, backend) = Fixtures.engine(
      options: DashboardOptions(language: .zh, currentYear: 2025))
    Fixtures.type(engine, "j 3 a BTab 2023 Tab 8 Enter")
    let actual = try #require(
      try backend.snapshot().latestActual(of: "hechuan.ladder.smes.innovative"))
    #expect(actual.year == 2023 && actual.value == 8)
  }

  @Test func movingIntoTheDefaultYearKeepsItForEditing() {
    var editor = LineEditor("2025", isDefault: true)
    editor.moveLeft()
    editor.backspace()
    editor.insert("4")
    #expect(editor.text == "2045")
    var replaced = LineEditor("2025", isDefault: true)
    replaced.insert("2")
    #expect(replaced.text == "2" && !replaced.isDefault)
    var cleared = LineEditor("2025", isDefault: true)
    cleared.backspace()
    #expect(cleared.text.isEmpty)
  }

  @Test func badInputKeepsTheFormOpenWithAReason() throws {
    let (engine, backend) = Fixtures.engine()
    var screen = Fixtures.type(engine, "j 4 a abc Enter")
    #expect(screen.contains { $0.contains("数值须为数字") })
    guard case .actual = engine.state.mode else {
      Issue.record("the form stays open")
      return
    }
    screen = Fixtures.type(
      engine, "BSpace BSpace BSpace BTab BSpace BSpace BSpace BSpace 99 Tab 5 Enter")
    #expect(screen.contains { $0.contains("年份须为1949–2100之间的整数") })
    #expect(try backend.snapshot().actuals.isEmpty)
    Fixtures.type(engine, "Escape")
    #expect(engine.state.mode == .normal)
  }

  @Test func aYearOutsideThePlanIsRefusedAndNothingIsStored() throws {
    let (engine, backend) = Fixtures.engine(
      options: DashboardOptions(language: .zh, currentYear: 2025))
    let screen = Fixtures.type(engine, "j 4 a BTab 2099 Tab 5 Enter")
    let form = try Fixtures.actualForm(engine)
    let message = "年份2099不在“亩均营业收入”可录入的年份内（2013—2027：规划发布前十年至规划期末）"
    #expect(form.error == message)
    #expect(form.field == .year)
    #expect(screen.contains { $0.contains("年份2099不在") })
    #expect(try backend.snapshot().actuals.isEmpty)
    // The cursor is on the year; the last year of the plan is accepted.
    Fixtures.type(engine, "BSpace BSpace BSpace BSpace 2027 Enter")
    #expect(
      try backend.snapshot().latestActual(of: "hechuan.indicator.revenue-per-mu")?.year == 2027)
  }

  @Test func aRefusalWrapsSoThePlansYearsStayVisibleAt80Columns() {
    let (engine, _) = Fixtures.engine(
      options: DashboardOptions(language: .zh, currentYear: 2025), width: 80, height: 24)
    let screen = Fixtures.type(engine, "j 4 a BTab 2099 Tab 5 Enter")
    #expect(screen.contains { $0.contains("（2013—2027") }, "\(screen.joined(separator: "\n"))")
  }

  @Test func theEnglishRefusalReadsAsTheCommandLineOne() throws {
    let (engine, backend) = Fixtures.engine(
      options: DashboardOptions(language: .en, currentYear: 2025))
    Fixtures.type(engine, "j 4 a BTab 2012 Tab 5 Enter")
    let form = try Fixtures.actualForm(engine)
    #expect(
      form.error
        == "year 2012 is outside the years accepted for “亩均营业收入” (2013–2027: from ten years before the plan was issued to the end of its horizon)"
    )
    #expect(try backend.snapshot().actuals.isEmpty)
  }

  @Test func theFormReadsNumbersAsTheCommandLineDoes() throws {
    let (engine, backend) = Fixtures.engine(
      options: DashboardOptions(language: .zh, currentYear: 2025))
    Fixtures.type(engine, "j 4 a")
    engine.handle(.key(.text("1,23")))
    let screen = Fixtures.type(engine, "Enter")
    #expect(screen.contains { $0.contains("数值须为数字") })
    Fixtures.type(engine, "BSpace BSpace BSpace BSpace")
    engine.handle(.key(.text("－1,234．5")))
    Fixtures.type(engine, "Enter")
    #expect(
      try backend.snapshot().latestActual(of: "hechuan.indicator.revenue-per-mu")?.value
        == -1234.5)
  }

  @Test func recordingFromATargetDetailPage() throws {
    let (engine, backend) = Fixtures.engine()
    Fixtures.type(engine, "j 2 Enter j Enter a 1300 Enter")
    #expect(
      try backend.snapshot().latestActual(of: "hechuan.target.industrial-revenue")?.value == 1300)
    let screen = Fixtures.screen(engine)
    #expect(screen.contains { $0.contains("1300") })
  }

  @Test func aRefusesOnMeasures() {
    let (engine, _) = Fixtures.engine()
    let screen = Fixtures.type(engine, "j 5 a")
    #expect(engine.state.mode == .normal)
    #expect(screen.last?.contains("此处没有可录入实际值的目标或指标") == true)
  }
}
