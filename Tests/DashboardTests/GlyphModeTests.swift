import PlanModel
import Testing

@testable import Dashboard

/// `--ascii` and `--cjk-wide` across every kind of screen.
@Suite struct GlyphModeTests {
  /// Key scripts that reach every kind of screen: panes, grid, each detail page, help, forms.
  static let scripts = [
    "", "j", "j 2 Enter", "j 2 Enter Enter", "j 5 Enter", "j 3 Enter", "j 4 Enter", "j Enter", "?",
    "j 4 a 12",
    "j 5 v v", "j 5 n", ": region", "j 5 / 用地", "j 5 A", "j 5 s",
  ]

  @Test(arguments: [(80, 24), (100, 30), (160, 48)])
  func cjkWideLeavesNoAmbiguousWidthCharacterInAnyRow(size: (Int, Int)) {
    var snapshot = ProgressSnapshot()
    snapshot.measures["hechuan.measure.land"] = MeasureProgress(status: .done, note: "“已验收”——①")
    snapshot.actuals["hechuan.target.industrial-revenue"] = [
      Actual(itemID: "hechuan.target.industrial-revenue", year: 2024, value: 1200)
    ]
    for script in Self.scripts {
      let (engine, _) = Fixtures.engine(
        snapshot: snapshot, options: DashboardOptions(language: .zh, cjkWide: true), width: size.0,
        height: size.1)
      let screen = Fixtures.type(engine, script)
      for (y, row) in screen.enumerated() {
        let bad = row.unicodeScalars.filter(AmbiguousWidth.isAmbiguous)
        #expect(bad.isEmpty, "\(size) `\(script)` row \(y): \(bad.map { String($0) }) in \(row)")
      }
      BufferChecks.expectWellFormed(Fixtures.buffer(engine))
    }
  }

  @Test func cjkWideSubstitutesQuotesAndDashesInPlanText() {
    let (engine, _) = Fixtures.engine(options: DashboardOptions(language: .zh, cjkWide: true))
    let screen = Fixtures.type(engine, "j 5 Enter")
    #expect(screen.contains { $0.contains("围绕「整车+零部件」协同发展--引进电驱动系统企业(1)家以上") })
    #expect(screen.contains { $0.contains("[ ] 待办") })
  }

  @Test func asciiDrawsBordersAndBarsInPlainASCII() {
    var snapshot = ProgressSnapshot()
    snapshot.measures["hechuan.measure.land"] = MeasureProgress(status: .done)
    for script in Self.scripts {
      let (engine, _) = Fixtures.engine(
        snapshot: snapshot, options: DashboardOptions(language: .zh, ascii: true))
      let screen = Fixtures.type(engine, script)
      let drawing = Set("─│┌┐└┘█░▸✚")
      for row in screen {
        #expect(!row.contains { drawing.contains($0) }, "`\(script)`: \(row)")
      }
    }
    let (engine, _) = Fixtures.engine(
      snapshot: snapshot, options: DashboardOptions(language: .zh, ascii: true))
    let screen = Fixtures.type(engine, "j")
    #expect(screen[2].hasPrefix("+ 1 地区"))
    #expect(screen.contains { $0.contains("合川区") && $0.contains("#") && $0.contains("33%") })
  }
}
