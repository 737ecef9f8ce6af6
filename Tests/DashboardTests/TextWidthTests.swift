import Testing

@testable import Dashboard

@Suite struct TextWidthTests {
  @Test func controlCharactersAndEscapesBecomeVisiblePlaceholders() {
    #expect(TextSanitizer.clean("a\u{1B}[31mb") == "a^[[31mb")
    #expect(TextSanitizer.clean("bell\u{07}") == "bell^G")
    #expect(TextSanitizer.clean("del\u{7F}") == "del^?")
    #expect(TextSanitizer.clean("csi\u{9B}") == "csi<U+009B>")
    #expect(TextSanitizer.clean("two\nlines\tand tab") == "two lines and tab")
    #expect(!TextSanitizer.clean("zero\u{200B}width").contains("\u{200B}"))
    for glyph in TextSanitizer.glyphs("x\u{1B}\u{00}\u{9F}y") {
      #expect(glyph.text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F })
    }
  }

  @Test func chineseTruncatesWithEllipsisAtOddWidths() {
    let glyphs = TextSanitizer.glyphs("智能网联新能源汽车")
    let ellipsis = TextSanitizer.glyphs("…")
    for width in 1...19 {
      let fitted = TextLayout.fit(glyphs, width: width, ellipsis: ellipsis)
      #expect(fitted.displayWidth <= width, "width \(width)")
      if width < 18 && width >= 1 { #expect(fitted.last?.text == "…" || width < 1) }
    }
    #expect(TextLayout.fit(glyphs, width: 6, ellipsis: ellipsis).text == "智能…")
    #expect(TextLayout.fit(glyphs, width: 7, ellipsis: ellipsis).text == "智能网…")
    #expect(TextLayout.fit(glyphs, width: 18, ellipsis: ellipsis).text == "智能网联新能源汽车")
  }

  @Test func wideCharacterNeverSplitsInTheBuffer() {
    var buffer = CellBuffer(width: 7, height: 1)
    buffer.write("合川区经济", x: 0, y: 0, width: 7, glyphs: .unicode)
    // 合川区 takes 6 columns; 经 would not fit with the ellipsis, so "合川…" + padding or "合川区…".
    #expect(buffer.rowText(0) == "合川区…")
    var odd = CellBuffer(width: 5, height: 1)
    odd.write("合川区", x: 0, y: 0, width: 5, glyphs: .unicode, pad: true)
    #expect(odd.rowText(0) == "合川…")
    var four = CellBuffer(width: 4, height: 1)
    four.write("合川区", x: 0, y: 0, width: 4, glyphs: .unicode, pad: true)
    #expect(four.rowText(0) == "合… ")
    BufferChecks.expectWellFormed(four)
    // A wide glyph put at the last column becomes a space.
    var edge = CellBuffer(width: 3, height: 1)
    edge.put(Glyph("合", width: 2), x: 2, y: 0, style: .normal)
    #expect(edge[2, 0].text == " " && edge[2, 0].width == 1)
    // Overwriting half of a wide character leaves no orphan half.
    var half = CellBuffer(width: 4, height: 1)
    half.write("合川", x: 0, y: 0, width: 4, glyphs: .unicode)
    half.put(Glyph("x", width: 1), x: 1, y: 0, style: .normal)
    #expect(half.rowText(0) == " x川")
    BufferChecks.expectWellFormed(half)
  }

  @Test func wrapBreaksChineseAnywhereAndEnglishAtSpaces() {
    let lines = TextLayout.wrap(TextSanitizer.glyphs("开展亩均效益评价盘活低效用地"), width: 9)
    #expect(lines.allSatisfy { $0.displayWidth <= 9 })
    #expect(lines.map(\.text).joined() == "开展亩均效益评价盘活低效用地")
    let english = TextLayout.wrap(TextSanitizer.glyphs("mark the selected measure done"), width: 12)
    #expect(english.map(\.text) == ["mark the", "selected", "measure done"])
  }

  @Test func cjkWideSubstitutesLeaveNoAmbiguousCharacter() {
    let text = "“小巨人”‘单项’——①℃±…·№→§ⅣαΩ─│█"
    let cleaned = TextSanitizer.clean(text, cjkWide: true)
    #expect(!AmbiguousWidth.containsAmbiguous(cleaned), "\(cleaned)")
    #expect(cleaned.hasPrefix("「小巨人」『单项』--(1)"))
    #expect(AmbiguousWidth.isAmbiguous("“"))
    #expect(AmbiguousWidth.isAmbiguous("─"))
    #expect(!AmbiguousWidth.isAmbiguous("合"))
    #expect(!AmbiguousWidth.isAmbiguous("a"))
  }

  @Test func lineEditorTakesInputMethodTextAndMovesByDisplayWidth() {
    var editor = LineEditor()
    editor.insert("区经济")  // an input method commits several characters at once
    editor.insert("信息委")
    #expect(editor.text == "区经济信息委")
    #expect(editor.cursorColumn() == 12)
    editor.moveLeft()
    editor.moveLeft()
    #expect(editor.cursorColumn() == 8)
    editor.insert("a")
    #expect(editor.text == "区经济信a息委")
    #expect(editor.cursorColumn() == 9)
    editor.backspace()
    editor.deleteForward()
    #expect(editor.text == "区经济信委")
    editor.moveHome()
    #expect(editor.cursorColumn() == 0)
    let (shown, column) = editor.window(width: 5)
    #expect(shown.displayWidth <= 5)
    #expect(column == 0)
    editor.moveEnd()
    let (tail, endColumn) = editor.window(width: 5)
    #expect(tail.displayWidth <= 5 && endColumn == tail.displayWidth && endColumn < 5)
  }
}

/// Checks every buffer the tests draw: a wide cell is always followed by its continuation,
/// a continuation always follows a wide cell, each row is exactly the buffer's width.
enum BufferChecks {
  static func expectWellFormed(
    _ buffer: CellBuffer, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for y in 0..<buffer.height {
      var columns = 0
      for x in 0..<buffer.width {
        let cell = buffer[x, y]
        switch cell.width {
        case 2:
          #expect(
            x + 1 < buffer.width && buffer[x + 1, y].width == 0, "row \(y) col \(x)",
            sourceLocation: sourceLocation)
          columns += 2
        case 0:
          #expect(
            x > 0 && buffer[x - 1, y].width == 2, "row \(y) col \(x)",
            sourceLocation: sourceLocation)
        default:
          #expect(
            DisplayWidth.of(cell.text) == 1, "row \(y) col \(x) \(cell.text)",
            sourceLocation: sourceLocation)
          columns += 1
        }
        for scalar in cell.text.unicodeScalars {
          #expect(
            scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80..<0xA0).contains(scalar.value),
            sourceLocation: sourceLocation)
        }
      }
      #expect(columns == buffer.width, "row \(y)", sourceLocation: sourceLocation)
      #expect(
        DisplayWidth.of(buffer.rowText(y)) == buffer.width, "row \(y)",
        sourceLocation: sourceLocation)
    }
  }
}
