import PlanModel
import Testing

@testable import Dashboard

/// The Measures outline as drawn at 80x24 and 160x48, in Chinese and English: every heading
/// and measure on one row, the columns lined up on every row — the status column, and the
/// bars of the headings' roll-ups — whatever the width of the Chinese text before them.
@Suite struct OutlineScreenTests {
  typealias F = OutlineFixtures

  static let sizes: [(Int, Int, Language)] = [
    (80, 24, .zh), (80, 24, .en), (160, 48, .zh), (160, 48, .en),
  ]

  /// The buffer with the Measures pane focused, and the rows of its box (header first).
  static func pane(_ width: Int, _ height: Int, _ language: Language, keys: String = "")
    -> (CellBuffer, [Int])
  {
    let (engine, _) = F.engine(language: language, width: width, height: height)
    Fixtures.type(engine, keys)
    let buffer = Fixtures.buffer(engine)
    let title = language == .zh ? "┌ 5 措施" : "┌ 5 Measures"
    let top = (buffer.lines.firstIndex { $0.contains(title) } ?? 0) + 1
    let rows = (top..<buffer.height).prefix { buffer.rowText($0).contains("│") }
    return (buffer, Array(rows))
  }

  /// The x of the first cell of `text` on row `y`, counting a wide character as two.
  static func column(of text: String, in buffer: CellBuffer, row y: Int) -> Int? {
    let first = String(text.first!)
    for x in 0..<buffer.width where buffer[x, y].text == first && buffer[x, y].width != 0 {
      var line = ""
      var next = x
      while next < buffer.width, line.count < text.count {
        if buffer[next, y].width != 0 { line += buffer[next, y].text }
        next += 1
      }
      if line == text { return x }
    }
    return nil
  }

  @Test(arguments: sizes)
  func everyRowLinesUpAndNothingWraps(width: Int, height: Int, language: Dashboard.Language) throws
  {
    let (buffer, rows) = Self.pane(width, height, language)
    let lines = buffer.lines
    let dump = lines.joined(separator: "\n")
    #expect(rows.count >= 11, "\(dump)")
    let header = try #require(rows.first)
    let status = Self.column(of: language == .zh ? "状态" : "Status", in: buffer, row: header)
    let units = Self.column(of: language == .zh ? "牵头单位" : "Lead units", in: buffer, row: header)
    guard let statusX = status, let unitsX = units else {
      Issue.record("no header in row \(header): \(lines[header])")
      return
    }
    var barColumns = Set<Int>()
    let listed = rows.dropFirst().filter {
      lines[$0].contains { !"│ ".contains($0) } && !lines[$0].contains("─")
    }
    #expect(listed.count == 10, "\(dump)")
    for y in listed {
      // The pane's right border stays at the screen's edge: nothing pushed it.
      #expect(buffer[width - 1, y].text == "│", "row \(y): \(lines[y])")
      // Every row's status cell starts under the header's, after a blank column.
      #expect(buffer[statusX - 1, y].text == " ", "row \(y): \(lines[y])")
      #expect(buffer[statusX, y].width != 0 && buffer[statusX, y].text != " ", "\(lines[y])")
      if let bar = (unitsX..<statusX).first(where: { ["█", "░"].contains(buffer[$0, y].text) }) {
        barColumns.insert(bar)
      }
    }
    // The headings' bars start in one column.
    #expect(barColumns.count == 1, "\(dump)")
    // Each heading and each measure is on one row.
    for text in ["三、深入实施", "(一)实施科技创新", "(二)实施产业集群", "一、发展基础", "盘活低效工业用地", "引育科技人才"] {
      #expect(lines.filter { $0.contains(text) }.count == 1, "\(text)\n\(dump)")
    }
  }

  @Test(arguments: sizes)
  func headingRowsShowTheirRollUp(width: Int, height: Int, language: Dashboard.Language) throws {
    let (buffer, _) = Self.pane(width, height, language)
    let lines = buffer.lines
    let chapter = try #require(lines.first { $0.contains("三、深入实施") })
    // Four measures under it, none done, two past their due year.
    #expect(chapter.contains("0/4"), "\(chapter)")
    #expect(chapter.contains(language == .zh ? "? !逾期2" : "? !2"), "\(chapter)")
    #expect(chapter.contains("▾"))
    let empty = try #require(lines.first { $0.contains("一、发展基础") })
    #expect(!empty.contains("▾") && !empty.contains("▸"), "\(empty)")
    #expect(empty.contains("—"))
    // The overdue count keeps its word before the assessment does.
    if language == .en && width >= 160 { #expect(chapter.contains("? !2 overdue"), "\(chapter)") }
  }

  @Test(arguments: sizes)
  func aClosedHeadingShowsItsMarkAndHidesWhatIsUnderIt(
    width: Int, height: Int, language: Dashboard.Language
  ) throws {
    let (buffer, _) = Self.pane(width, height, language, keys: "j j j Enter")
    let lines = buffer.lines
    let chapter = try #require(lines.first { $0.contains("三、深入实施") })
    #expect(chapter.contains("▸ 三、"), "\(chapter)")
    #expect(!lines.contains { $0.contains("盘活低效工业用地") })
    #expect(lines.contains { $0.contains(language == .zh ? "5 措施 (5)" : "5 Measures (5)") })
  }

  @Test func asciiAndCJKWideModesMarkHeadingsInASCII() throws {
    for (ascii, cjkWide) in [(true, false), (false, true)] {
      let (engine, _) = Fixtures.engine(
        catalog: F.catalog,
        options: DashboardOptions(
          language: .zh, ascii: ascii, cjkWide: cjkWide, regionID: "hechuan", focus: .measures),
        width: 80, height: 24)
      let lines = Fixtures.type(engine, "j j j Enter")
      let chapter = try #require(lines.first { $0.contains("三、深入实施") })
      #expect(chapter.contains("+ 三、"), "\(chapter)")
      #expect(lines.contains { $0.contains("- (一)") } == false)
      Fixtures.type(engine, "Enter")
      #expect(Fixtures.screen(engine).contains { $0.contains("- (一)实施科技创新") })
    }
  }
}
