import Foundation
import PlandashTestSupport
import Testing

extension EndToEnd {
  /// The Measures pane as an outline in a real terminal, on the sample plans (巴中市 first):
  /// headings with their roll-ups, opened and closed by Enter, Left and `z`, Space on a
  /// heading refused in one line, a heading's page — at 80x24 and 160x48, every boxed row
  /// ending at the right edge.
  @Suite struct OutlineTerminalTests {
    @Test(arguments: [(80, 24), (160, 48)])
    func theOutlineOpensClosesAndLinesUp(width: Int, height: Int) throws {
      let session = try DashboardSession(width: width, height: height, arguments: "--lang zh")
      defer { session.close() }
      #expect(try session.tmux.waitForText("1 地区", settled: true).met)
      try session.tmux.send("5")
      let (opened, shown) = try session.tmux.waitFor(settled: true) { rows in
        rows.contains { $0.contains("▾ 二、聚焦工业兴市制造强市") }
      }
      try #require(shown, "no outline: \(opened.joined(separator: "\n"))")
      DashboardTerminalTests.expectAligned(opened, width: width, height: height)
      // Every heading open, the cursor on the first measure, the section's roll-up.
      #expect(opened.contains { $0.contains("▸(四)") && $0.contains("做大做强主导产业") })
      #expect(opened.contains { $0.contains("▾ (四)做大做强主导产业") && $0.contains("0/4") })
      // Left goes to the measure's heading, Left again closes it.
      try session.tmux.send("Left", "Left")
      let (closed, folded) = try session.tmux.waitFor(settled: true) { rows in
        rows.contains { $0.contains("▸ (四)做大做强主导产业") }
      }
      #expect(folded, "\(closed.joined(separator: "\n"))")
      #expect(!closed.contains { $0.contains("食品饮料产业") && $0.contains("待办") })
      DashboardTerminalTests.expectAligned(closed, width: width, height: height)
      // Space on a heading marks nothing and says so in one line.
      try session.tmux.send("Space")
      let (refused, said) = try session.tmux.waitForText("章节标题不能标记：请选择其下的一条措施")
      #expect(said, "\(refused.joined(separator: "\n"))")
      // z closes every heading, and opens them all again.
      try session.tmux.send("z")
      let (all, allClosed) = try session.tmux.waitFor(settled: true) { rows in
        rows.contains { $0.contains("▸ 二、聚焦工业兴市制造强市") }
          && !rows.contains { $0.contains("(五)集聚发展特色产业") }
      }
      #expect(allClosed, "\(all.joined(separator: "\n"))")
      try session.tmux.send("z")
      #expect(try session.tmux.waitForText("▾ (五)集聚发展特色产业", settled: true).met)
      // Right on an open heading: its page, with the chapter above it in the breadcrumb.
      try session.tmux.send("g", "j", "j", "j", "j", "j", "Right")
      let (page, onPage) = try session.tmux.waitForText("所在章节")
      #expect(onPage, "\(page.joined(separator: "\n"))")
      #expect(page[1].contains("巴中市 › 措施 › 二、"), "\(page[1])")
      DashboardTerminalTests.expectAligned(page, width: width, height: height)
    }

    @Test func englishHeadingsLineUpToo() throws {
      let session = try DashboardSession(width: 80, height: 24, arguments: "--lang en")
      defer { session.close() }
      #expect(try session.tmux.waitForText("1 Regions", settled: true).met)
      try session.tmux.send("5")
      let (rows, shown) = try session.tmux.waitFor(settled: true) { rows in
        rows.contains { $0.contains("┌ 5 Measures") } && rows.contains { $0.contains("○ todo") }
      }
      try #require(shown, "\(rows.joined(separator: "\n"))")
      DashboardTerminalTests.expectAligned(rows, width: 80, height: 24)
      #expect(rows.contains { $0.contains("▾ (四)做大做强主导产业") && $0.contains("0/4") })
    }
  }
}
