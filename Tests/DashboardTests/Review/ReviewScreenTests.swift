import Dashboard
import PlanModel
import Testing

/// The review screen drawn into a buffer at 80x24 and 160x48, in Chinese and English.
@Suite struct ReviewScreenTests {
  typealias F = ReviewFixtures

  func draw(_ state: DraftReviewState) -> CellBuffer {
    var buffer = CellBuffer(width: state.width, height: state.height)
    ReviewView.draw(state, into: &buffer)
    return buffer
  }

  /// Every wide character is whole (its continuation beside it), so nothing smears.
  func expectWhole(_ buffer: CellBuffer) {
    for y in 0..<buffer.height {
      for x in 0..<buffer.width {
        let cell = buffer[x, y]
        if cell.width == 2 {
          #expect(x + 1 < buffer.width && buffer[x + 1, y].width == 0, "split at \(x),\(y)")
        }
        if cell.width == 0 { #expect(x > 0 && buffer[x - 1, y].width == 2, "orphan at \(x),\(y)") }
      }
    }
  }

  static let sizes = [(80, 24, "zh"), (160, 48, "zh"), (80, 24, "en"), (160, 48, "en")]

  @Test(arguments: sizes)
  func panesLineUpAtEverySize(width: Int, height: Int, lang: String) {
    let language = Language(rawValue: lang) ?? .zh
    let state = F.state(language: language, width: width, height: height)
    let buffer = draw(state)
    expectWhole(buffer)
    let layout = state.layout
    // The borders stand in their columns on every row of the body, whatever the text.
    for y in (layout.text.y + 1)..<(layout.text.maxY - 1) {
      #expect(buffer[layout.text.x, y].text == "│", "row \(y): \(buffer.rowText(y))")
      #expect(buffer[layout.text.maxX - 1, y].text == "│", "row \(y): \(buffer.rowText(y))")
      #expect(
        buffer[width - 1, y].text == "│" || buffer[width - 1, y].text == "┐"
          || buffer[width - 1, y].text == "┘")
    }
    let lines = buffer.lines
    let title = language == .zh ? "审阅草稿" : "Review draft"
    #expect(lines[0].contains(title))
    #expect(lines[0].contains(language == .zh ? "待审 2 / 共 4 项" : "2 to review / 4 items"))
    // The selected item's sentence carries the cursor mark in the text pane.
    #expect(lines.contains { $0.contains("▸") && $0.contains("到2027年") })
    // The list: marked items first with `!`, the kind, the title and the figure.
    let kind = language == .zh ? "目标" : "Target"
    let row = lines.firstIndex { $0.contains("! \(kind)") && $0.contains("规上工业营业收入") }
    #expect(row != nil, "\(lines)")
    #expect(lines.contains { $0.contains("1600 亿元 (2027)") }, "the figure in the details")
    // The details name the review reason.
    #expect(lines.contains { $0.contains("年份取自段首") })
    #expect(lines[height - 1].contains(language == .zh ? "?帮助" : "? help"))
  }

  @Test(arguments: [(80, 24), (160, 48)])
  func longChineseTextWrapsWholeInTheTextPane(width: Int, height: Int) {
    var state = F.state(width: width, height: height)
    F.run(&state, .moveDown)
    let buffer = draw(state)
    expectWhole(buffer)
    // The measure's sentence is in the text; wrapped, its characters are all there in order.
    let inner = state.layout.text.inner
    let text = (inner.y..<inner.maxY).map { y in
      (inner.x + 1..<inner.maxX).map { x in buffer[x, y].text }.joined()
    }.joined().replacing(" ", with: "")
    #expect(text.contains("壮大新能源汽车零部件集群，产值突破500亿元。"))
  }

  @Test func theEditorShowsOnTheStatusLineWithItsCursor() {
    var state = F.state()
    F.run(&state, .chooseField, .edit(.unit))
    var buffer = CellBuffer(width: 80, height: 24)
    let cursor = ReviewView.draw(state, into: &buffer)
    #expect(buffer.rowText(23).hasPrefix("单位: 亿元"))
    #expect(cursor == CursorPosition(x: 10, y: 23))
  }

  @Test func problemsShowAsFileAndLine() {
    var state = F.state()
    F.run(&state, .finish, .finished(.written(path: "d.yaml", problems: ["d.yaml:7: 问题"])))
    let lines = draw(state).lines
    #expect(lines.contains { $0.contains("校验问题 (1)") })
    #expect(lines.contains { $0.contains("d.yaml:7: 问题") })
  }

  @Test func anUnreadDocumentIsSaidInOneLineAndTheItemsSentencesShow() {
    let plan = F.plan
    let state = DraftReviewState(
      plan: plan, draftPath: "d.yaml", document: ReviewDocument(sentencesOf: plan),
      documentNote: Localized(zh: "无法读取原文：只列出各条目的原句", en: "cannot read"), language: .zh)
    let lines = draw(state).lines
    #expect(lines[2].contains("无法读取原文"))
    #expect(state.document.sentences.count == 3)
    #expect(lines.contains { $0.contains("▸") && $0.contains("到2027年") })
  }

  @Test func helpAndTooSmall() {
    var state = F.state()
    F.run(&state, .showHelp)
    let lines = draw(state).lines
    #expect(lines.contains { $0.contains("接受：清除待审标记") })
    F.run(&state, .resize(width: 30, height: 10))
    #expect(draw(state).lines.contains { $0.contains("终端太小") })
  }
}
