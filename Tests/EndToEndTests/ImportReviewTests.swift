import Foundation
import PlanFiles
import PlanModel
import PlandashTestSupport
import Testing

extension EndToEnd {
  /// `plandash import --review DRAFT` in a real terminal: a hand-made draft and its text
  /// (Tests/Fixtures/review) copied into a folder of the test's own.
  @Suite struct ImportReviewTests {
    static let fixtures = PackagePaths.root + "/Tests/Fixtures/review"

    /// The draft and its document in a fresh folder; returns the draft's path.
    func copyFixtures(into folder: TemporaryFolder) throws -> String {
      for name in ["ceshi-draft.yaml", "ceshi.txt"] {
        try FileManager.default.copyItem(
          atPath: Self.fixtures + "/" + name, toPath: folder.path(name))
      }
      return folder.path("ceshi-draft.yaml")
    }

    func start(width: Int, height: Int, lang: String = "zh") throws -> (DashboardSession, String) {
      let folder = TemporaryFolder()
      let draft = try copyFixtures(into: folder)
      let session = try DashboardSession(
        width: width, height: height, arguments: "import --review \(draft) --lang \(lang)",
        folder: folder)
      return (session, draft)
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func chineseLinesUpBesideTheText(width: Int, height: Int) throws {
      let (session, _) = try start(width: width, height: height)
      defer { session.close() }
      let (rows, met) = try session.tmux.waitFor(settled: true) { rows in
        rows.contains { $0.contains("审阅草稿") } && rows.contains { $0.contains("▸") }
      }
      #expect(met, "the review screen never appeared: \(rows)")
      #expect(rows.count == height)
      let middle = width / 2
      for (index, row) in rows.enumerated() {
        #expect(ScreenText.width(row) <= width, "row \(index) is wider than \(width): \(row)")
      }
      // Between header and status line every row has the text pane's right border and the
      // items' left border side by side in the same columns, whatever Chinese it holds.
      for index in 1..<(height - 1) {
        let row = rows[index]
        let borders = ["││", "┐┌", "┘┌", "┘└", "┐└", "│┌", "│└", "┘│", "┐│"]
        let cut = Self.columns(row, from: middle - 1, count: 2)
        #expect(borders.contains(cut), "row \(index) has \(cut) at \(middle - 1): \(row)")
      }
      #expect(rows.contains { $0.contains("▸") && $0.contains("到2027年") })
      #expect(rows.contains { $0.contains("! 目标") && $0.contains("规上工业营业收入") })
      #expect(rows.contains { $0.contains("数值：1600 亿元 (2027)") })
    }

    /// The `count` display columns from `start` of a row (a wide character counts two).
    static func columns(_ row: String, from start: Int, count: Int) -> String {
      var column = 0
      var result = ""
      for character in row {
        let width = ScreenText.width(String(character))
        if column >= start && column < start + count { result.append(character) }
        column += width
      }
      return result
    }

    @Test func editRejectMakeUndoAndFinishWriteAValidPlan() throws {
      let (session, draft) = try start(width: 100, height: 30, lang: "en")
      defer { session.close() }
      let tmux = session.tmux
      try #require(try tmux.waitForText("Review draft").met)
      // Items: the two marked for review first (the revenue target, the measure), then the
      // listed-companies target and the cluster. The measure: its responsible units.
      try #require(try tmux.waitForText("2 to review").met)
      try tmux.send("j", "e", "r")
      try #require(try tmux.waitForText("responsible units:").met)
      try tmux.type("区发展改革委、区商务委")
      try tmux.send("Enter")
      try #require(try tmux.waitForText("changed the responsible units").met)
      // Reject the listed-companies target.
      try tmux.send("j", "d")
      try #require(try tmux.waitForText("rejected “上市企业”").met)
      // A new measure from the last sentence of the text, with a title of its own.
      try tmux.send("Tab", "G", "M")
      try #require(try tmux.waitForText("title:").met)
      try tmux.type("建设智能工厂")
      try tmux.send("Enter")
      try #require(try tmux.waitForText("3 to review").met)
      // Accept it, undo the accept, redo it.
      try tmux.send("a")
      try #require(try tmux.waitForText("2 to review").met)
      try tmux.send("u")
      try #require(try tmux.waitForText("undone: accepted").met)
      try tmux.send("C-r")
      try #require(try tmux.waitForText("redone: accepted").met)
      // Quitting asks once; another key cancels; w writes, validates and exits.
      try tmux.send("q")
      try #require(try tmux.waitForText("q again drops them").met)
      try tmux.send("w")
      let (rows, met) = try tmux.waitForText("[exit 0]")
      #expect(met, "\(rows)")
      #expect(rows.contains { $0.contains("it validates") })
      let text = try String(contentsOfFile: draft, encoding: .utf8)
      let result = PlanFileReader.read(text: text, file: draft)
      let plan = try #require(result.plan, "\(result.problems)")
      #expect(plan.targets.map(\.id) == ["ceshi.target.revenue"])
      let auto = try #require(plan.measures.first { $0.id == "ceshi.measure.auto" })
      #expect(auto.responsibleUnits == ["区发展改革委", "区商务委"])
      let made = try #require(plan.measures.first { $0.id == "ceshi.measure.review-1" })
      #expect(made.title == "建设智能工厂")
      #expect(made.text == "加快数字化改造，建设智能工厂10个。")
      #expect(made.source.heading == "二(一)")
      #expect(made.source.review.isEmpty, "accepted")
      #expect(plan.targets[0].source.review == ["year taken from the sentence's opening"])
      let validate = try session.cli(["validate", draft])
      #expect(validate.status == 0, "\(validate.out)\(validate.err)")
      let leftovers = try FileManager.default.contentsOfDirectory(atPath: session.folder.path)
        .filter { $0.hasSuffix(".tmp") }
      #expect(leftovers.isEmpty)
    }

    @Test func quittingWithoutFinishingLeavesTheDraftAsItWas() throws {
      let (session, draft) = try start(width: 80, height: 24, lang: "zh")
      defer { session.close() }
      let before = try String(contentsOfFile: draft, encoding: .utf8)
      let tmux = session.tmux
      try #require(try tmux.waitForText("审阅草稿").met)
      try tmux.send("d")
      try #require(try tmux.waitForText("已删除").met)
      try tmux.send("q")
      try #require(try tmux.waitForText("再按 q").met)
      try tmux.send("q")
      let (rows, met) = try tmux.waitForText("[exit 0]")
      #expect(met, "\(rows)")
      #expect(rows.contains { $0.contains("修改未写入") })
      #expect(try String(contentsOfFile: draft, encoding: .utf8) == before)
    }

    @Test func anUnreadableDocumentIsSaidAndTheItemsSentencesShow() throws {
      let folder = TemporaryFolder()
      let draft = try copyFixtures(into: folder)
      try FileManager.default.removeItem(atPath: folder.path("ceshi.txt"))
      let session = try DashboardSession(
        width: 80, height: 24, arguments: "import --review \(draft) --lang zh", folder: folder)
      defer { session.close() }
      let (rows, met) = try session.tmux.waitForText("无法读取原文", settled: true)
      #expect(met, "\(rows)")
      #expect(rows.contains { $0.contains("▸") && $0.contains("到2027年") })
    }
  }
}
