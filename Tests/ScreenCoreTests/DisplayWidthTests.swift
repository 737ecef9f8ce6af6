import ScreenCore
import Testing

@Suite struct DisplayWidthTests {
  @Test func glibcWidthsOfCommonCharacters() {
    #expect(DisplayWidth.ensureUTF8Locale())
    #expect(DisplayWidth.of("合") == 2)
    #expect(DisplayWidth.of("（") == 2)
    #expect(DisplayWidth.of("、") == 2)
    #expect(DisplayWidth.of("a") == 1)
    #expect(DisplayWidth.of("…") == 1)
    #expect(DisplayWidth.of("“") == 1)
    #expect(DisplayWidth.of("─") == 1)
    #expect(DisplayWidth.of("合川区 ab") == 9)
    #expect(DisplayWidth.of(grapheme: "\u{200B}") == 0)
    #expect(DisplayWidth.of(grapheme: "\u{1B}") == nil)
  }

  @Test func combiningMarksAddNothingAndAGraphemeIsAtMostTwoWide() {
    #expect(DisplayWidth.of(grapheme: "e\u{301}") == 1)
    #expect(DisplayWidth.of(grapheme: "合\u{301}") == 2)
    #expect(DisplayWidth.of("e\u{301}合") == 3)
    // Text that is not printable adds nothing: callers sanitise first.
    #expect(DisplayWidth.of("a\u{1B}b") == 2)
  }
}
