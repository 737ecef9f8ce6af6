import ScreenCore
import Testing

@Suite struct CellBufferTests {
  @Test func aNewBufferIsBlankAndANegativeSizeIsEmpty() {
    let buffer = CellBuffer(width: 3, height: 2)
    #expect(buffer.cells.count == 6)
    #expect(buffer.cells.allSatisfy { $0 == .blank })
    #expect(buffer.lines == ["   ", "   "])
    let empty = CellBuffer(width: -4, height: 2)
    #expect(empty.width == 0 && empty.height == 2 && empty.cells.isEmpty)
    #expect(empty.lines == ["", ""])
  }

  @Test func cellsAreStoredRowByRow() {
    var buffer = CellBuffer(width: 4, height: 3)
    buffer[2, 1] = Cell(text: "x", style: CellStyle(.title, bold: true))
    #expect(buffer.cells[1 * 4 + 2].text == "x")
    #expect(buffer[2, 1].style == CellStyle(.title, bold: true))
    #expect(buffer.rowText(1) == "  x ")
    #expect(buffer.rowText(0) == "    ")
  }

  @Test func containsOnlyTheCellsInside() {
    let buffer = CellBuffer(width: 5, height: 2)
    #expect(buffer.contains(x: 0, y: 0))
    #expect(buffer.contains(x: 4, y: 1))
    #expect(!buffer.contains(x: 5, y: 1))
    #expect(!buffer.contains(x: 4, y: 2))
    #expect(!buffer.contains(x: -1, y: 0))
    #expect(!buffer.contains(x: 0, y: -1))
  }

  @Test func aWideCharacterReadsOnceWithItsContinuationSkipped() {
    var buffer = CellBuffer(width: 4, height: 1)
    let style = CellStyle(.header)
    buffer[0, 0] = Cell(text: "合", width: 2, style: style)
    buffer[1, 0] = .continuation(style)
    buffer[2, 0] = Cell(text: "a")
    #expect(buffer.rowText(0) == "合a ")
    #expect(buffer[1, 0].width == 0 && buffer[1, 0].text.isEmpty)
    #expect(buffer[1, 0].style == style)
  }

  /// The terminal repaints only the cells that differ from the last frame, so a change of
  /// style alone must make two buffers differ.
  @Test func aStyleChangeAloneMakesBuffersDiffer() {
    var before = CellBuffer(width: 2, height: 1)
    before[0, 0] = Cell(text: "a", style: CellStyle(.normal))
    var after = before
    #expect(after == before)
    after[0, 0].style = CellStyle(.normal, underline: true)
    #expect(after != before)
    #expect(after.rowText(0) == before.rowText(0))
  }
}
