import Testing

@testable import TerminalUI

@Suite struct GlyphCheckTests {
  init() { TerminalLocale.ensureUTF8() }

  @Test func localeIsUTF8AfterFixUp() {
    #expect(TerminalLocale.isUTF8(TerminalLocale.codeset()))
  }

  @Test func wideAndNarrowCharactersPassWhenTheirWidthMatches() {
    #expect(GlyphCheck.wideCharacters(for: "合", width: 2) == [0x5408, 0])
    #expect(GlyphCheck.wideCharacters(for: "a", width: 1) == [0x61, 0])
    #expect(GlyphCheck.wideCharacters(for: "─", width: 1) == [0x2500, 0])
  }

  @Test func widthMismatchGetsAPlaceholderOfTheCellsWidth() {
    #expect(GlyphCheck.wideCharacters(for: "合", width: 1) == [0x3F, 0])
    #expect(GlyphCheck.wideCharacters(for: "a", width: 2) == [0xFF1F, 0])
  }

  @Test func controlCharactersNeverReachCurses() {
    #expect(GlyphCheck.wideCharacters(for: "\u{1B}", width: 1) == [0x3F, 0])
    #expect(GlyphCheck.wideCharacters(for: "\n", width: 1) == [0x3F, 0])
    #expect(GlyphCheck.wideCharacters(for: "\u{9B}", width: 1) == [0x3F, 0])
    #expect(GlyphCheck.wideCharacters(for: "", width: 1) == [0x3F, 0])
  }

  @Test func combiningMarksStayWithTheirBase() {
    #expect(GlyphCheck.wideCharacters(for: "e\u{301}", width: 1) == [0x65, 0x301, 0])
  }
}
