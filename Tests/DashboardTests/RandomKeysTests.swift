import PlanModel
import Testing

@testable import Dashboard

/// Thousands of random keys and resizes: the engine never crashes, every frame is well
/// formed, and every cursor stays in range.
@Suite struct RandomKeysTests {
  static let pool: [Key] =
    KeyScript.parse(
      "Enter Escape Tab BTab Up Down Left Right PPage NPage Home End Space BSpace DC C-r C-a C-e F1"
    )
    + "jkgGoA/:?svnxauLt12345hl".map { Key.text(String($0)) }
    + [
      .text("合川"), .text("区经济信息委"), .text("hc"), .text("“引号”"), .text("\u{1B}[2J"), .text("2024"),
      .text("12.5"),
    ]

  @Test(arguments: [UInt64(1), 2, 3, 4])
  func randomSessionsStayConsistent(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    let catalog = seed % 2 == 0 ? Fixtures.catalog : SampleDataTests.catalog
    let options = DashboardOptions(
      language: seed % 3 == 0 ? .en : .zh, ascii: seed == 3, cjkWide: seed == 4)
    let (engine, _) = Fixtures.engine(catalog: catalog, options: options, width: 120, height: 40)
    var buffer = CellBuffer(width: 120, height: 40)
    var steps = 0
    for step in 0..<800 {
      steps = step + 1
      if Int.random(in: 0..<50, using: &random) == 0 {
        let width = Int.random(in: 1...220, using: &random)
        let height = Int.random(in: 1...70, using: &random)
        engine.handle(.resize(width: width, height: height))
        buffer = CellBuffer(width: width, height: height)
      }
      let key = Self.pool[Int.random(in: 0..<Self.pool.count, using: &random)]
      if !engine.handle(.key(key)) {
        // `q` quits: start again where it was, as a relaunch would.
        #expect(engine.state.quitRequested)
        break
      }
      if step % 5 == 0 { engine.handle(.tick) }
      engine.draw(into: &buffer)
      if step % 4 == 0 { BufferChecks.expectWellFormed(buffer) }
      for pane in PaneID.allCases {
        let count = PaneRows.ids(pane, engine.state, engine.data).count
        let ps = engine.state[pane: pane]
        #expect(
          ps.selection >= 0 && (count == 0 || ps.selection < count || pane != engine.state.focus))
        #expect(ps.scroll >= 0)
      }
      if let top = engine.state.stack.last { #expect(top.selection >= 0 && top.scroll >= 0) }
    }
    #expect(steps > 200, "a session long enough to mean something")
  }
}
