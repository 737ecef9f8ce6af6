import PlanModel
import Testing

@testable import Dashboard

@Suite struct SizeTests {
  static let widths = [
    1, 2, 3, 5, 10, 20, 39, 40, 41, 60, 79, 80, 81, 89, 90, 120, 139, 140, 160, 200, 250, 300,
  ]
  static let heights = [1, 2, 3, 5, 9, 10, 11, 15, 16, 23, 24, 30, 35, 36, 48, 64, 100]

  @Test func everySizeFrom1x1To300x100DrawsWithoutCrashing() {
    let (engine, _) = Fixtures.engine(catalog: Fixtures.catalog)
    for script in ["", "j 2 Enter", "?", "j 4 a", "j 5 n"] {
      for width in Self.widths {
        for height in Self.heights {
          engine.handle(.resize(width: width, height: height))
          var buffer = CellBuffer(width: width, height: height)
          engine.draw(into: &buffer)
          BufferChecks.expectWellFormed(buffer)
          for key in KeyScript.parse("j k Tab NPage G g") { engine.handle(.key(key)) }
          engine.draw(into: &buffer)
          BufferChecks.expectWellFormed(buffer)
        }
      }
      for key in KeyScript.parse("Escape Escape Escape " + script) { engine.handle(.key(key)) }
    }
  }

  @Test func tooSmallShowsAClearMessageAndRecovers() {
    let (engine, _) = Fixtures.engine(width: 30, height: 8)
    var screen = Fixtures.screen(engine)
    #expect(screen.contains { $0.contains("终端太小") })
    #expect(screen.contains { $0.contains("至少需要 40x10") })
    #expect(screen.contains { $0.contains("当前 30x8") })
    engine.handle(.resize(width: 80, height: 24))
    screen = Fixtures.screen(engine)
    #expect(!screen.contains { $0.contains("终端太小") })
    #expect(screen[0].contains("plandash"))
    let tiny = Fixtures.engine(width: 1, height: 1).0
    #expect(Fixtures.screen(tiny).count == 1)
    let en = Fixtures.engine(options: DashboardOptions(language: .en), width: 39, height: 24).0
    #expect(Fixtures.screen(en).contains { $0.contains("Terminal too small") })
  }

  @Test func emptyCatalogShowsNoPlansLoaded() {
    let (engine, _) = Fixtures.engine(catalog: Catalog(plans: []))
    let screen = Fixtures.type(engine, "j Enter 5 Space a ?  Escape")
    #expect(screen.contains { $0.contains("未载入任何规划") })
  }
}
