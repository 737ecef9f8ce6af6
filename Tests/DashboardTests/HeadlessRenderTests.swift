import PlanModel
import Testing

@testable import Dashboard

@Suite struct HeadlessRenderTests {
  @Test func keyScriptNamesFollowTmux() {
    #expect(
      KeyScript.parse(
        "Enter Escape Tab BTab Up Down Left Right PPage NPage Home End Space BSpace DC C-r F5")
        == [
          .enter, .escape, .tab, .backTab, .up, .down, .left, .right, .pageUp, .pageDown, .home,
          .end, .space,
          .backspace, .delete, .ctrl("r"), .function(5),
        ])
    #expect(KeyScript.parse("jk  合川") == [.text("j"), .text("k"), .text("合"), .text("川")])
    #expect(KeyScript.parse("") == [])
    #expect(
      KeyScript.parse("enter") == [.text("e"), .text("n"), .text("t"), .text("e"), .text("r")])
  }

  @Test func renderReplaysKeysAndReturnsOneLinePerRow() {
    let lines = HeadlessRender.render(
      catalog: Fixtures.catalog, snapshot: ProgressSnapshot(),
      options: DashboardOptions(language: .en),
      themes: Fixtures.themes, width: 80, height: 24, keys: "j 5 Space")
    #expect(lines.count == 24)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    #expect(lines.contains { $0.contains("壮大智能网联") && $0.contains("✔ done") })
    #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
  }

  @Test func renderKeepsItsChangesToItself() throws {
    // render is handed a snapshot and a history reader, never a store: the keys' changes
    // show in that render only, and a later render from the same snapshot starts clean.
    let store = InMemoryProgressBackend()
    let before = try store.changeToken()
    let render = { (keys: String) in
      HeadlessRender.render(
        catalog: Fixtures.catalog, snapshot: try store.snapshot(),
        options: DashboardOptions(language: .en), themes: Fixtures.themes, width: 100,
        height: 30, keys: keys, history: { try store.history(of: $0) })
    }
    let marked = try render("j 5 Space")
    #expect(marked.contains { $0.contains("壮大智能网联") && $0.contains("✔ done") })
    let fresh = try render("j 5")
    #expect(fresh.contains { $0.contains("壮大智能网联") })
    #expect(!fresh.contains { $0.contains("✔ done") }, "the first render's mark leaked")
    #expect(try store.changeToken() == before)
    #expect(try store.snapshot() == ProgressSnapshot())
  }

  @Test func renderStopsAtQuitAndHonoursTheme() {
    let lines = HeadlessRender.render(
      catalog: Fixtures.catalog, snapshot: ProgressSnapshot(),
      options: DashboardOptions(themeName: "mono"),
      themes: Fixtures.themes, width: 160, height: 48, keys: "q j")
    #expect(lines[0].contains("mono"))
    #expect(lines[1].contains("巴中市"), "the j after q is not replayed")
  }
}
